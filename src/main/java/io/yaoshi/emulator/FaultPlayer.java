package io.yaoshi.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Answers one authenticated request, acting out its scripted fault if it has one. */
final class FaultPlayer {

    private FaultPlayer() {
    }

    /**
     * @param perform       does the action and builds its normal answer
     * @param failureReply  the provider's envelope for {@link Fault.Kind#INTERNAL_ERROR} and
     *                      {@link Fault.Kind#THROTTLED}
     */
    static void answer(HttpExchange exchange, Optional<Fault> fault, Supplier<Reply> perform,
                       Function<Fault.Kind, Reply> failureReply) throws IOException {
        if (fault.isEmpty()) {
            Exchanges.send(exchange, perform.get());
            return;
        }
        Fault f = fault.get();
        switch (f.kind()) {
            case INTERNAL_ERROR, THROTTLED -> Exchanges.send(exchange, failureReply.apply(f.kind()));
            case OVERSIZED_BODY -> Exchanges.sendOversized(exchange);
            case MALFORMED_JSON -> Exchanges.sendTruncated(exchange, perform.get());
            case SLOW -> {
                sleep(f);
                Exchanges.send(exchange, perform.get());
            }
            case DROP_RESPONSE -> {
                perform.get();
                // closing before any response header was sent makes the JDK server drop the connection
                exchange.close();
            }
        }
    }

    private static void sleep(Fault f) throws IOException {
        try {
            Thread.sleep(f.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("emulator stopping", e);
        }
    }
}
