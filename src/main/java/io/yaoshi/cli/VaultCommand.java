package io.yaoshi.cli;

import io.yaoshi.service.DamagedItem;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

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
            VaultSession.UnlockOutcome opened;
            try {
                opened = vault.unlock(password);
            } finally {
                Arrays.fill(password, '\0');
            }
            reportDamage(opened);
            return run();
        }
    }

    /** The command's work, with the vault unlocked. */
    abstract int run() throws Exception;

    /**
     * Items the vault could not read are left out of what the command sees, and a vault whose items are not those
     * last saved may show something else than the user believes: say so, on standard error.
     */
    void reportDamage(VaultSession.UnlockOutcome opened) {
        if (opened.seal().isAltered()) {
            env.err().println("warning: VaultAltered: " + env.messages().format("cli.warning.altered"));
        }
        if (!opened.damaged().isEmpty()) {
            env.err().println("warning: DamagedItems: " + env.messages().format("cli.warning.damaged",
                    opened.damaged().size(), opened.damaged().stream().map(DamagedItem::id)
                            .collect(Collectors.joining(", "))));
        }
    }
}
