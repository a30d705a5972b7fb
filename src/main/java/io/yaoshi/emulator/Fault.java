package io.yaoshi.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * One misbehaviour the emulator shows instead of (or on top of) a normal answer, so clients can be tested against
 * the failures real clouds and networks produce.
 *
 * @param kind  what goes wrong
 * @param delay how long a {@link Kind#SLOW} answer waits; zero for the other kinds
 */
public record Fault(Kind kind, Duration delay) {

    /** The longest a slow answer may wait, so a forgotten fault cannot hang a test run. */
    public static final Duration MAX_DELAY = Duration.ofSeconds(30);

    public enum Kind {
        /** HTTP 500 with the provider's InternalError envelope; nothing is done. */
        INTERNAL_ERROR,
        /** Aliyun: 400 {@code Throttling.User}; UCloud: RetCode 153; nothing is done. */
        THROTTLED,
        /** The action is performed, but its JSON answer is cut short inside a string. */
        MALFORMED_JSON,
        /** The action is performed after {@link Fault#delay()}. */
        SLOW,
        /** The action is performed, then the connection is closed without any response. */
        DROP_RESPONSE,
        /** Nothing is done; the answer is a 200 with 10 MiB of valid-looking JSON. */
        OVERSIZED_BODY
    }

    public Fault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("delay must be between 0 and " + MAX_DELAY + ": " + delay);
        }
    }

    public static Fault internalError() {
        return new Fault(Kind.INTERNAL_ERROR, Duration.ZERO);
    }

    public static Fault throttled() {
        return new Fault(Kind.THROTTLED, Duration.ZERO);
    }

    public static Fault malformedJson() {
        return new Fault(Kind.MALFORMED_JSON, Duration.ZERO);
    }

    public static Fault slow(Duration delay) {
        return new Fault(Kind.SLOW, delay);
    }

    public static Fault dropResponse() {
        return new Fault(Kind.DROP_RESPONSE, Duration.ZERO);
    }

    public static Fault oversizedBody() {
        return new Fault(Kind.OVERSIZED_BODY, Duration.ZERO);
    }
}
