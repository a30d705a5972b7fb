package io.yaoshi.agent;

import java.util.Objects;

/**
 * What the agent needs from the program around it: a user to ask, a vault to unlock, host names for what it shows,
 * and a place to record its decisions. A window supplies all four; {@code agent serve} none.
 */
public record AgentFrontEnd(Approval approval, Unlock unlock, HostNames hosts, RequestLog log) {

    /** Asks nobody (every question is a no), cannot unlock, names no host, records nothing. */
    public static final AgentFrontEnd HEADLESS = new AgentFrontEnd(Approval.NONE, Unlock.NONE, HostNames.NONE,
            RequestLog.NONE);

    public AgentFrontEnd {
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(unlock, "unlock");
        Objects.requireNonNull(hosts, "hosts");
        Objects.requireNonNull(log, "log");
    }

    public AgentFrontEnd withApproval(Approval other) {
        return new AgentFrontEnd(other, unlock, hosts, log);
    }

    public AgentFrontEnd withUnlock(Unlock other) {
        return new AgentFrontEnd(approval, other, hosts, log);
    }

    public AgentFrontEnd withHosts(HostNames other) {
        return new AgentFrontEnd(approval, unlock, other, log);
    }

    public AgentFrontEnd withLog(RequestLog other) {
        return new AgentFrontEnd(approval, unlock, hosts, other);
    }
}
