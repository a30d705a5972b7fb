package io.yaoshi.cli;

import io.yaoshi.service.VaultAccessException;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** A command that works on an unlocked vault: it asks for the password, runs, and closes the vault. */
abstract class VaultCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "YAOSHI_PASSWORD";

    protected final CliEnvironment env;

    VaultCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public final Integer call() throws Exception {
        try (var vault = env.vault()) {
            if (!vault.exists()) {
                throw new VaultAccessException(io.yaoshi.domain.VaultProblem.NO_VAULT);
            }
            char[] password = env.secrets().read(PASSWORD_VARIABLE, env.messages().get("cli.prompt.password"))
                    .orElseThrow(() -> new CliFailure(ExitCode.VAULT, "PasswordRequired",
                            env.messages().get("cli.error.passwordRequired")));
            try {
                vault.unlock(password);
            } finally {
                Arrays.fill(password, '\0');
            }
            return run();
        }
    }

    /** The command's work, with the vault unlocked. */
    abstract int run() throws Exception;
}
