package io.yaoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class YaoshiCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final YaoshiCli cli = new YaoshiCli(print(out), print(err));

    @Test
    void versionPrintsTheVersion() {
        assertEquals(YaoshiCli.EXIT_OK, cli.run(List.of("version"), Locale.ENGLISH, "1.2.3"));
        assertEquals("Yaoshi 1.2.3\n", text(out));
    }

    @Test
    void helpSpeaksChineseWhenAsked() {
        assertEquals(YaoshiCli.EXIT_OK, cli.run(List.of("--help"), Locale.SIMPLIFIED_CHINESE, "1.2.3"));
        assertTrue(text(out).startsWith("用法："), text(out));
    }

    @Test
    void anUnknownCommandIsAUsageErrorOnStandardError() {
        assertEquals(YaoshiCli.EXIT_USAGE, cli.run(List.of("frobnicate"), Locale.ENGLISH, "1.2.3"));
        assertEquals("", text(out));
        assertEquals("error: usage: unknown command 'frobnicate'; run 'yaoshi help' for the list\n", text(err));
    }

    private static PrintStream print(ByteArrayOutputStream sink) {
        return new PrintStream(sink, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream sink) {
        return sink.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
