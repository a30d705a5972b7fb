package io.yaoshi.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A no-echo prompt that reads the bytes typed on the controlling terminal and decodes them as UTF-8 itself. The
 * JVM's own {@link java.io.Console#readPassword} decodes with the locale's charset, which under {@code LANG=C} (ssh,
 * cron, containers) turns every non-ASCII character into U+FFFD. Echo is switched off and back with {@code stty},
 * reading and restoring the terminal's exact settings ({@code stty -g}), also when the JVM is stopped meanwhile.
 * Unix only; where {@code stty} fails, {@link #readPassword} answers empty and the caller falls back.
 */
final class RawTerminal {

    private static final File TTY = new File("/dev/tty");
    private static final int MAX_BYTES = 4096;

    private RawTerminal() {
    }

    /**
     * The typed line, decoded as strict UTF-8 ({@link CharacterCodingException} if it is not), or empty when the
     * terminal cannot be switched to no-echo (no {@code /dev/tty}, no {@code stty}).
     */
    static Optional<char[]> readPassword(Runnable showPrompt) throws IOException {
        Optional<String> saved = stty("-g");
        if (saved.isEmpty() || stty("-echo").isEmpty()) {
            return Optional.empty();
        }
        Thread restore = new Thread(() -> stty(saved.get()), "restore-terminal");
        Runtime.getRuntime().addShutdownHook(restore);
        byte[] line = null;
        try {
            showPrompt.run();
            line = readLine();
            return Optional.of(decode(line));
        } finally {
            if (line != null) {
                Arrays.fill(line, (byte) 0);
            }
            stty(saved.get());
            Runtime.getRuntime().removeShutdownHook(restore);
            System.err.println(); // the Enter the user typed was not echoed
        }
    }

    private static byte[] readLine() throws IOException {
        ByteArrayOutputStream typed = new ByteArrayOutputStream();
        byte[] copy = null;
        try (InputStream in = new FileInputStream(TTY)) {
            int b;
            while ((b = in.read()) != -1 && b != '\n' && b != '\r' && typed.size() < MAX_BYTES) {
                typed.write(b);
            }
            copy = typed.toByteArray();
            return copy;
        } finally {
            // ByteArrayOutputStream keeps its buffer: overwrite what it holds
            byte[] zeros = new byte[typed.size()];
            typed.reset();
            typed.write(zeros, 0, zeros.length);
        }
    }

    private static char[] decode(byte[] bytes) throws CharacterCodingException {
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        char[] secret = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
        Arrays.fill(chars.array(), '\0');
        return secret;
    }

    /** Runs {@code stty} on the terminal; its output, or empty when it failed. */
    private static Optional<String> stty(String setting) {
        try {
            Process process = new ProcessBuilder("stty", setting).redirectInput(TTY)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0 ? Optional.of(out)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
