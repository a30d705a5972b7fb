package io.yaoshi.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reading requests and writing JSON answers over the JDK HTTP server, shared by both providers' routes. */
final class Exchanges {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Key-pair requests are a few KiB; anything beyond this is refused unread. */
    static final int MAX_REQUEST_BYTES = 1 << 20;
    static final int OVERSIZED_BYTES = 10 << 20;

    private Exchanges() {
    }

    /** The request body, or null when it is longer than {@link #MAX_REQUEST_BYTES}. */
    static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > MAX_REQUEST_BYTES) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** {@code a=1&b=2} decoded as UTF-8 into {@code into}; a name given twice keeps its last value. */
    static void decodeForm(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            into.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
    }

    static Map<String, String> queryParameters(HttpExchange exchange) {
        Map<String, String> parameters = new LinkedHashMap<>();
        decodeForm(exchange.getRequestURI().getRawQuery(), parameters);
        return parameters;
    }

    static boolean isForm(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    static void send(HttpExchange exchange, Reply reply) throws IOException {
        send(exchange, reply.status(), bytes(reply));
    }

    /** The answer cut off inside its first string value, as a broken proxy or connection might leave it. */
    static void sendTruncated(HttpExchange exchange, Reply reply) throws IOException {
        byte[] full = bytes(reply);
        String text = new String(full, StandardCharsets.UTF_8);
        int valueStart = text.indexOf("\":\"");
        int cut = valueStart < 0 ? full.length / 2 : valueStart + 4;
        send(exchange, reply.status(), Arrays.copyOf(full, Math.min(cut, full.length - 1)));
    }

    /** A 200 with {@link #OVERSIZED_BYTES} of well-formed JSON, streamed so the emulator holds little of it. */
    static void sendOversized(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("{\"Padding\":\"".getBytes(StandardCharsets.US_ASCII));
            for (int written = 0; written < OVERSIZED_BYTES; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] bytes(Reply reply) {
        try {
            return JSON.writeValueAsBytes(reply.body());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A decimal parameter: {@code absent} when not given, -1 when not a number (so a range check refuses it). */
    static int number(String value, int absent) {
        if (value.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
