package io.yaoshi.cli;

import io.yaoshi.domain.KeyPairRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code yaoshi delete ID|NAME [--remote]}: removes a key pair from the vault, and with --remote from its cloud first. */
@Command(name = "delete", mixinStandardHelpOptions = true)
final class DeleteCommand extends VaultCommand {

    @Parameters(paramLabel = "ID|NAME", descriptionKey = "cli.param.idOrName")
    private String reference;

    @picocli.CommandLine.Option(names = "--remote", descriptionKey = "cli.option.remote")
    private boolean remote;

    DeleteCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        try (KeyScope.Found found = KeyScope.find(env, reference)) {
            KeyPairRecord key = found.key();
            if (remote) {
                found.keys().deleteRemotely(key.id());
            } else {
                found.keys().delete(key.id());
            }
            env.out().println(env.messages().format("cli.delete.done", key.name(), key.id().value()));
            return ExitCode.OK;
        }
    }
}
