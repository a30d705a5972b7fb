package io.yaoshi.cli;

import io.yaoshi.instance.SecretInput;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * This process's own terminal and standard input, decoded as strict UTF-8 (see {@link SecretReader}). The client of a
 * running instance answers that instance's questions with one, so a prompt always appears where the user typed.
 */
public final class TerminalSecretInput implements SecretInput {

    private final Console console;
    private final Reader stdin;

    public TerminalSecretInput(Console console, InputStream stdin) {
        this.console = console;
        this.stdin = new InputStreamReader(stdin, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    @Override
    public boolean hasTerminal() {
        return console != null;
    }

    /**
     * A no-echo prompt. A console whose charset is not UTF-8 would lose every non-ASCII character, so the typed
     * bytes are read and decoded here instead; the JVM's own prompt serves a UTF-8 console, and any console where
     * the terminal cannot be switched to no-echo (then a lost character is refused, never guessed).
     */
    @Override
    public Optional<char[]> prompt(String prompt) throws IOException {
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
        return Optional.ofNullable(typed);
    }

    @Override
    public Optional<char[]> readLine() throws IOException {
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
