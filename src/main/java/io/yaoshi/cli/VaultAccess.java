package io.yaoshi.cli;

import io.yaoshi.domain.VaultProblem;
import io.yaoshi.instance.Consent;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import java.util.Arrays;

/**
 * How a command gets the vault open. A command run by itself opens the vault with the password and closes it at the
 * end; a command handed to the running Yaoshi uses that instance's open vault (whose window unlocks it if needed)
 * and leaves it open.
 */
public interface VaultAccess {

    /** Opens the vault for one command; closing what it returns ends the command's use of it. */
    Use open(CliEnvironment env) throws Exception;

    /** Whether the vault belongs to a running instance that this command was handed to. */
    boolean heldByRunningInstance();

    /**
     * Before a private key leaves the vault or the agent's use of one is loosened: a command that opened the vault
     * itself proved the password and may; a handed-over one asks (see {@link Consent}).
     *
     * @throws CliFailure {@code Consent.Denied} when the answer is no
     */
    default void requireConsent(CliEnvironment env, Consent.Act act) throws Exception {
        // opened with the password: nothing more to prove
    }

    /** A command's use of the vault. */
    interface Use extends AutoCloseable {
        @Override
        void close();
    }

    /** This process opens the vault: the password from the environment, a prompt or standard input. */
    VaultAccess OWN = new VaultAccess() {
        @Override
        public Use open(CliEnvironment env) throws Exception {
            VaultSession vault = env.vault();
            vault.open(); // what is wrong with the file is said before a password is asked for
            char[] password = env.secrets().read(VaultCommand.PASSWORD_VARIABLE,
                            env.messages().get("cli.prompt.password"))
                    .orElseThrow(() -> new CliFailure(ExitCode.VAULT, "PasswordRequired",
                            env.messages().get("cli.error.passwordRequired")));
            try {
                vault.unlock(password);
            } finally {
                Arrays.fill(password, '\0');
            }
            return vault::close;
        }

        @Override
        public boolean heldByRunningInstance() {
            return false;
        }
    };

    /**
     * The running instance's vault, which that instance unlocked before handing the command over (asking in its
     * window if need be); it stays open after the command. What takes a private key out or loosens the agent asks
     * {@code consent} first.
     */
    static VaultAccess held(Consent consent) {
        return new VaultAccess() {
            @Override
            public Use open(CliEnvironment env) throws Exception {
                if (!env.vault().isUnlocked()) {
                    throw new VaultAccessException(VaultProblem.LOCKED); // locked again meanwhile
                }
                return () -> { };
            }

            @Override
            public boolean heldByRunningInstance() {
                return true;
            }

            @Override
            public void requireConsent(CliEnvironment env, Consent.Act act) throws Exception {
                if (!consent.allows(act)) {
                    throw new CliFailure(ExitCode.VAULT, "Consent.Denied", env.messages().format(
                            "cli.error.consentDenied", env.messages().format(act.messageKey(),
                                    act.arguments().toArray())));
                }
            }
        };
    }
}
