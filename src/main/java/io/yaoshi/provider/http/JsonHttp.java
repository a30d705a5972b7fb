package io.yaoshi.provider.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.provider.NetworkFailure;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One JSON request to a cloud API over java.net.http, bounded in every way that can hang or exhaust: a connect
 * time-out, a request time-out, and a cap on the body read (an answer cut off inside a string, or one that never
 * ends, becomes a clear error, not an endless read). TLS verification is the JDK's and always on.
 */
public final class JsonHttp {

    /** Key pair answers are a few kilobytes; a megabyte is already a broken or hostile answer. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Duration requestTimeout;

    public JsonHttp(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
    }

    /** The status and JSON body of an answer, whatever its status; transport and parse failures are thrown. */
    public record Answer(int status, JsonNode body) {
    }

    /** Sends the request; the whole exchange, body included, must end within the request time-out. */
    public Answer send(ProviderId provider, HttpRequest.Builder request) throws ProviderException {
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        HttpResponse<InputStream> response = await(provider, client.sendAsync(request.timeout(requestTimeout)
                .build(), HttpResponse.BodyHandlers.ofInputStream()), deadline, null);
        InputStream body = response.body();
        // the time-out above covers the headers only: a body that trickles in is bounded here
        byte[] bytes = await(provider, CompletableFuture.supplyAsync(() -> readCapped(body)), deadline, body);
        try {
            if (bytes.length > MAX_BODY_BYTES) {
                throw failure(provider, ProviderFailure.MALFORMED_RESPONSE, "body over " + MAX_BODY_BYTES + " bytes",
                        null);
            }
            JsonNode json = JSON.readTree(bytes);
            if (json == null || !json.isObject()) {
                throw failure(provider, ProviderFailure.MALFORMED_RESPONSE, "not a JSON object", null);
            }
            return new Answer(response.statusCode(), json);
        } catch (IOException e) {
            throw failure(provider, ProviderFailure.MALFORMED_RESPONSE, "invalid JSON", e);
        }
    }

    private static byte[] readCapped(InputStream body) {
        try (body) {
            return body.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T await(ProviderId provider, CompletableFuture<T> future, long deadline, InputStream toClose)
            throws ProviderException {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            closeQuietly(toClose);
            throw unreachable(provider, NetworkFailure.Timeout, "no answer in time", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw unreachable(provider, NetworkFailure.of(cause), cause.getClass().getSimpleName(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            closeQuietly(toClose);
            throw unreachable(provider, NetworkFailure.ConnectionLost, "interrupted", e);
        }
    }

    private static void closeQuietly(InputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // already failing: the time-out is what the caller hears about
            }
        }
    }

    /** The code says which network failure it was; the cause's text goes to the log only, as the message. */
    private static ProviderException unreachable(ProviderId provider, NetworkFailure kind, String what,
                                                 Throwable cause) {
        return new ProviderException(provider, ProviderFailure.UNREACHABLE, kind.name(), "", what, cause);
    }

    private static ProviderException failure(ProviderId provider, ProviderFailure kind, String what, Throwable cause) {
        return new ProviderException(provider, kind, "", "", what, cause);
    }
}
