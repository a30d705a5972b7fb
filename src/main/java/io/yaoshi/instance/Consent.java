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
     * @param act what would be done: a message key and its arguments, so that each side words it in its own
     *            language (the window in the app's, a terminal in the caller's)
     * @return whether it may go ahead
     */
    boolean allows(Act act) throws Exception;

    /** An act to be allowed, as a message key with its arguments. */
    record Act(String messageKey, java.util.List<Object> arguments) {

        public Act {
            java.util.Objects.requireNonNull(messageKey, "messageKey");
            arguments = java.util.List.copyOf(arguments);
        }

        public static Act of(String messageKey, Object... arguments) {
            return new Act(messageKey, java.util.List.of(arguments));
        }
    }
}
