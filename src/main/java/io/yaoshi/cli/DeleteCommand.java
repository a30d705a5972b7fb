package io.yaoshi.cli;

import io.yaoshi.domain.KeyPairRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code yaoshi delete ID|NAME}: removes a key pair and its private key from the vault. */
@Command(name = "delete", mixinStandardHelpOptions = true)
final class DeleteCommand extends VaultCommand {

    @Parameters(paramLabel = "ID|NAME", descriptionKey = "cli.param.idOrName")
    private String reference;

    DeleteCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        KeyPairRecord key = env.keys().resolve(reference);
        env.keys().delete(key.id());
        env.out().println(env.messages().format("cli.delete.done", key.name(), key.id().value()));
        return ExitCode.OK;
    }
}
