package io.yaoshi.cli;

import io.yaoshi.instance.SecretInput;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
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
    private final SecretInput input;

    /** Secrets from this process's own environment, terminal and standard input. */
    public SecretReader(Map<String, String> env, Console console, InputStream stdin) {
        this(env, new TerminalSecretInput(console, stdin));
    }

    /** Secrets from these variables, else from {@code input} (a terminal here, or a client's, forwarded). */
    public SecretReader(Map<String, String> env, SecretInput input) {
        this.env = env;
        this.input = input;
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
        Optional<char[]> typed = input.hasTerminal() ? input.prompt(prompt) : input.readLine();
        return typed.isEmpty() ? typed : Optional.of(decodedWhole(typed.get()));
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
        return env.get(envVar) == null && input.hasTerminal();
    }
}
