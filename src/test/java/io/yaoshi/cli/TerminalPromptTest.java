package io.yaoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The password prompt on a real terminal (a pseudo-terminal from util-linux's {@code script}) under {@code LANG=C},
 * where the JVM's console charset is ASCII: a Chinese password typed there opens the vault it made, and another
 * Chinese password of the same length does not.
 */
class TerminalPromptTest {

    private static final String PASSWORD = "密码密码密码密码钥匙";

    @TempDir
    Path dir;

    @BeforeEach
    void vaultMadeWithAChinesePassword() throws Exception {
        ProcessBuilder init = new ProcessBuilder(java("init")).redirectErrorStream(true);
        init.environment().put("YAOSHI_PASSWORD", PASSWORD);
        init.environment().put("LANG", "C");
        Process process = init.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
    }

    @Test
    void aChinesePasswordTypedUnderLangCOpensTheVaultAndAnotherDoesNot() throws Exception {
        Typed right = typeAtThePrompt(PASSWORD);
        assertEquals(0, right.exit(), right.screen());
        assertFalse(right.screen().contains(PASSWORD), "the typed password was echoed: " + right.screen());

        Typed wrong = typeAtThePrompt("钥匙钥匙钥匙钥匙密码");
        assertEquals(ExitCode.VAULT, wrong.exit(), wrong.screen());
        assertTrue(wrong.screen().contains("WRONG_PASSWORD"), wrong.screen());
    }

    private record Typed(int exit, String screen) {
    }

    /** Runs {@code yaoshi list} on a pseudo-terminal under LANG=C and types {@code password} once it asks. */
    private Typed typeAtThePrompt(String password) throws Exception {
        String command = "exec env LANG=C LC_ALL=C " + String.join(" ", java("list").stream()
                .map(TerminalPromptTest::quoted).toList());
        ProcessBuilder builder = new ProcessBuilder("script", "-qec", command, "/dev/null");
        builder.environment().remove("YAOSHI_PASSWORD");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        InputStream out = process.getInputStream();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!screen.toString(StandardCharsets.UTF_8).contains("Vault password:") && System.nanoTime() < deadline) {
            int b = out.read();
            if (b == -1) {
                break;
            }
            screen.write(b);
        }
        // echo went off before the prompt was printed: what is typed now is not shown
        OutputStream keyboard = process.getOutputStream();
        keyboard.write((password + "\r").getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        screen.write(out.readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Typed(process.exitValue(), screen.toString(StandardCharsets.UTF_8));
    }

    private List<String> java(String command) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", dir.toString(), "--lang", "en", command));
        return line;
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
