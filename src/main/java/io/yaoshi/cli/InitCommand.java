package io.yaoshi.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code yaoshi init}: creates a new vault; never touches an existing file. */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {

    private final CliEnvironment env;

    InitCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        try (var vault = env.vault()) {
            char[] password = read("cli.prompt.newPassword");
            char[] repeated = null;
            try {
                if (env.secrets().isInteractive(VaultCommand.PASSWORD_VARIABLE)) {
                    repeated = read("cli.prompt.repeatPassword");
                    if (!Arrays.equals(password, repeated)) {
                        throw new CliFailure(ExitCode.VALIDATION, "Password.Mismatch",
                                env.messages().get("cli.error.passwordMismatch"));
                    }
                }
                vault.create(password);
            } finally {
                Arrays.fill(password, '\0');
                Optional.ofNullable(repeated).ifPresent(r -> Arrays.fill(r, '\0'));
            }
            env.out().println(env.messages().format("cli.init.created", vault.file().toAbsolutePath()));
            return ExitCode.OK;
        }
    }

    private char[] read(String promptKey) throws Exception {
        return env.secrets().read(VaultCommand.PASSWORD_VARIABLE, env.messages().get(promptKey))
                .orElseThrow(() -> new CliFailure(ExitCode.VAULT, "PasswordRequired",
                        env.messages().get("cli.error.passwordRequired")));
    }
}
