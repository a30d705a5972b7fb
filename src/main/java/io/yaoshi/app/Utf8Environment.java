package io.yaoshi.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The process environment decoded as UTF-8 whatever the locale. Under {@code LANG=C} (cron, systemd, Docker, ssh)
 * the JVM decodes the environment as ASCII, so every byte over 0x7F of a Chinese password in
 * {@code YAOSHI_PASSWORD} would become U+FFFD. On Linux the raw bytes are read from {@code /proc/self/environ}
 * instead; bytes that are not UTF-8 still become U+FFFD, which the secret reader refuses.
 */
final class Utf8Environment {

    private static final Path PROC_ENVIRON = Path.of("/proc/self/environ");

    private Utf8Environment() {
    }

    static Map<String, String> current() {
        if (Files.isReadable(PROC_ENVIRON)) {
            try {
                return parse(Files.readAllBytes(PROC_ENVIRON));
            } catch (IOException e) {
                // fall through to the JVM's own decoding
            }
        }
        return System.getenv();
    }

    /** {@code NAME=value} entries, each ended by a NUL byte, as the kernel lays them out. */
    static Map<String, String> parse(byte[] environ) {
        Map<String, String> variables = new HashMap<>();
        int start = 0;
        for (int i = 0; i <= environ.length; i++) {
            if (i == environ.length || environ[i] == 0) {
                if (i > start) {
                    String entry = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(environ, start, i - start)).toString();
                    int equals = entry.indexOf('=');
                    if (equals > 0) {
                        variables.putIfAbsent(entry.substring(0, equals), entry.substring(equals + 1));
                    }
                }
                start = i + 1;
            }
        }
        return variables;
    }
}
