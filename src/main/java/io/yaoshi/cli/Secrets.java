package io.yaoshi.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The second kind of secret a command may need: a key passphrase or a provider secret, from YAOSHI_SECRET. */
final class Secrets {

    static final String SECRET_VARIABLE = "YAOSHI_SECRET";

    private Secrets() {
    }

    static Optional<char[]> passphrase(CliEnvironment env) {
        try {
            return env.secrets().read(SECRET_VARIABLE, env.messages().get("cli.prompt.passphrase"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
