package io.yaoshi.cli;

import io.yaoshi.service.DamagedItem;
import io.yaoshi.service.VaultSession;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** A command that works on an unlocked vault, opened as {@link CliEnvironment#vaultAccess()} says. */
abstract class VaultCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "YAOSHI_PASSWORD";

    protected final CliEnvironment env;

    VaultCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public final Integer call() throws Exception {
        VaultAccess.Use use = env.vaultAccess().open(env);
        try {
            reportDamage(env.vault().lastUnlock());
            return run();
        } finally {
            use.close();
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
