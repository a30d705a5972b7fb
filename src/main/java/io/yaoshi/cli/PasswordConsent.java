package io.yaoshi.cli;

import io.yaoshi.instance.Consent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Consent where there is no window to ask in ({@code agent serve}): the caller proves the master password, from
 * {@code YAOSHI_PASSWORD} or a prompt on its terminal, as a command that opened the vault itself would have.
 */
final class PasswordConsent implements Consent {

    private final CliEnvironment env;

    PasswordConsent(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public boolean allows(Act act) throws Exception {
        env.err().println(env.messages().format("cli.consent.password", env.messages().format(act.messageKey(),
                act.arguments().toArray())));
        env.err().flush();
        Optional<char[]> password = env.secrets().read(VaultCommand.PASSWORD_VARIABLE,
                env.messages().get("cli.prompt.password"));
        if (password.isEmpty()) {
            return false;
        }
        try {
            return env.vault().opensWith(password.get());
        } finally {
            Arrays.fill(password.get(), '\0');
        }
    }
}
