package io.yaoshi.cli;

import io.yaoshi.backup.Backups;
import io.yaoshi.service.FileAccessException;
import io.yaoshi.service.FileProblem;
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
        } catch (FileAccessException e) {
            if (e.problem() == FileProblem.ALREADY_EXISTS) {
                throw new CliFailure(ExitCode.VALIDATION, e.problem().code(),
                        env.messages().format("cli.error.backupExists", target));
            }
            throw e;
        }
        env.out().println(env.messages().format("cli.backup.done", target, Files.size(target)));
        return ExitCode.OK;
    }
}
