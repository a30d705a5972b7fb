package io.yaoshi.instance;

import java.io.IOException;
import java.util.Optional;

/**
 * Where a secret is typed or piped when no environment variable holds it: this process's terminal, or the terminal of
 * the launch that handed a command over.
 */
public interface SecretInput {

    /** Whether a terminal can prompt (without echo). */
    boolean hasTerminal();

    /** Prompts on the terminal; empty when nothing was typed (end of input). */
    Optional<char[]> prompt(String prompt) throws IOException;

    /** The next line of standard input, without its line end; empty at its end. */
    Optional<char[]> readLine() throws IOException;
}
