package io.yaoshi.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Where the command line takes secrets from, never from an argument: an environment variable if set, else a
 * no-echo prompt on a terminal, else the next line of standard input (so scripts can pipe them in). Secrets are
 * returned as {@code char[]} for the caller to wipe; no {@link String} ever holds one.
 *
 * <p>A secret is UTF-8 text whatever the locale: standard input and a prompt on a non-UTF-8 terminal are decoded as
 * strict UTF-8 here, and a secret that arrives with U+FFFD in it (what the JVM makes of bytes it could not decode, e.g. under {@code LANG=C}) is refused
 * with a {@link CharacterCodingException} rather than passed on: two different passwords would otherwise become the
 * same string.
 */
public final class SecretReader {

    private final Map<String, String> env;
    private final Console console;
    private final Reader stdin;

    public SecretReader(Map<String, String> env, Console console, InputStream stdin) {
        this.env = env;
        this.console = console;
        this.stdin = new InputStreamReader(stdin, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * Reads one secret.
     *
     * @param envVar the environment variable that may hold it
     * @param prompt what the terminal prompt says
     * @return the secret, or empty when none could be read (no variable, no terminal, standard input at its end)
     */
    public Optional<char[]> read(String envVar, String prompt) throws IOException {
        String fromEnv = env.get(envVar);
        if (fromEnv != null) {
            return Optional.of(decodedWhole(fromEnv.toCharArray()));
        }
        if (console != null) {
            return prompt(prompt);
        }
        Optional<char[]> line = readLine();
        return line.isEmpty() ? line : Optional.of(decodedWhole(line.get()));
    }

    /**
     * A no-echo prompt. A console whose charset is not UTF-8 would lose every non-ASCII character, so the typed
     * bytes are read and decoded here instead; the JVM's own prompt serves a UTF-8 console, and any console where
     * the terminal cannot be switched to no-echo (then a lost character is refused, never guessed).
     */
    private Optional<char[]> prompt(String prompt) throws IOException {
        if (!StandardCharsets.UTF_8.equals(console.charset())) {
            Optional<char[]> raw = RawTerminal.readPassword(() -> {
                console.printf("%s", prompt);
                console.flush();
            });
            if (raw.isPresent()) {
                return raw;
            }
        }
        char[] typed = console.readPassword("%s", prompt);
        return typed == null ? Optional.empty() : Optional.of(decodedWhole(typed));
    }

    /** The secret as it came, unless some of it was lost in decoding; then it is wiped and refused. */
    private static char[] decodedWhole(char[] secret) throws CharacterCodingException {
        for (char c : secret) {
            if (c == '\uFFFD') {
                Arrays.fill(secret, '\0');
                throw new MalformedInputException(1);
            }
        }
        return secret;
    }

    /** Whether {@link #read} would prompt on a terminal for this secret (so a confirmation makes sense). */
    public boolean isInteractive(String envVar) {
        return env.get(envVar) == null && console != null;
    }

    private Optional<char[]> readLine() throws IOException {
        char[] buffer = new char[64];
        int length = 0;
        int c;
        while ((c = stdin.read()) != -1 && c != '\n') {
            if (length == buffer.length) {
                char[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
                Arrays.fill(buffer, '\0');
                buffer = bigger;
            }
            buffer[length++] = (char) c;
        }
        if (c == -1 && length == 0) {
            return Optional.empty();
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        char[] line = Arrays.copyOf(buffer, length);
        Arrays.fill(buffer, '\0');
        return Optional.of(line);
    }
}
