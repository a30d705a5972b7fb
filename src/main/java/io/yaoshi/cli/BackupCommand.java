package io.yaoshi.cli;

import io.yaoshi.backup.Backups;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yaoshi backup --out FILE}: one file holding the whole vault, still encrypted under the master password, that
 * {@code yaoshi restore} turns back into a vault. An existing file is never replaced.
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand extends VaultCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.backupOut")
    private Path out;

    BackupCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        Path target = env.path(out).toAbsolutePath();
        try {
            env.backups().backUp(target, Backups.Trigger.MANUAL);
        } catch (FileAlreadyExistsException e) {
            throw new CliFailure(ExitCode.VALIDATION, "File.Exists", env.messages().format("cli.error.backupExists",
                    target));
        }
        env.out().println(env.messages().format("cli.backup.done", target, Files.size(target)));
        return ExitCode.OK;
    }
}
