package io.yaoshi.agent;

/**
 * Asks the user whether a key may sign. Called on the connection's own thread, so a pending question never blocks
 * another connection; the implementation answers within {@code ApprovalRequest#timeout()}, a missing answer being a
 * denial.
 */
@FunctionalInterface
public interface Approval {

    /** For an agent that cannot ask (the command line's {@code agent serve}): every question is a no. */
    Approval NONE = request -> Decision.DENY;

    Decision ask(ApprovalRequest request);

    /** The user's answer. */
    enum Decision {
        ALLOW, ALLOW_UNTIL_LOCK, DENY
    }
}
