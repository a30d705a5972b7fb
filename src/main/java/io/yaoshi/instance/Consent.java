package io.yaoshi.instance;

/**
 * Whether a command handed over by another process may do something that takes a private key out of the vault or
 * loosens how the SSH agent uses one. Any process of this user can reach the running instance's socket, and the
 * instance holds an open vault: for these acts, the user says yes in the window, or the caller proves the master
 * password where there is no window.
 */
@FunctionalInterface
public interface Consent {

    /**
     * @param act what would be done, one sentence in the caller's language
     * @return whether it may go ahead
     */
    boolean allows(String act) throws Exception;
}
