package io.yaoshi.cli;

import io.yaoshi.backup.RestoreOutcome;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yaoshi restore --from FILE [--to PATH]}: a backup back into a vault at a path where no file is (the vault's
 * own path by default, for a lost disk), after checking it whole and opening it with its master password. A damaged
 * backup or a wrong password exits 4 and writes nothing.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "FILE", descriptionKey = "cli.option.restoreFrom")
    private Path from;

    @Option(names = "--to", paramLabel = "PATH", descriptionKey = "cli.option.restoreTo")
    private Path to;

    private final CliEnvironment env;

    RestoreCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Path target = to == null ? env.vault().file().toAbsolutePath() : env.path(to).toAbsolutePath();
        char[] password = env.secrets().read(VaultCommand.PASSWORD_VARIABLE,
                        env.messages().get("cli.prompt.backupPassword"))
                .orElseThrow(() -> new CliFailure(ExitCode.VAULT, "PasswordRequired",
                        env.messages().get("cli.error.passwordRequired")));
        RestoreOutcome restored;
        try {
            restored = env.backups().restore(env.path(from), target, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        env.out().println(env.messages().format("cli.restore.done", restored.vault(), restored.keyPairs(),
                env.messages().dateTime(restored.backup().created())));
        return ExitCode.OK;
    }
}
