package io.yaoshi.servers;

import java.nio.file.Path;
import java.util.Objects;

/** A real login to a server, through Yaoshi's agent with one key pinned: does the server take that key? */
public interface LoginCheck {

    enum Verdict {
        /** The server let the key in. */
        VERIFIED,
        /** The server refused the key: the binding is not what it should be. */
        REFUSED,
        /** No answer to judge by (unreachable, the agent not running, the binding not in effect yet). */
        NOT_VERIFIED
    }

    /** Why a login was not tried or told nothing, as message keys the front ends translate. */
    String AGENT_NOT_RUNNING = "rotation.check.agentNotRunning";
    String AFTER_REBOOT = "rotation.check.afterReboot";
    String AT_NEXT_START = "rotation.check.atNextStart";
    String NO_ADDRESS = "rotation.check.noAddress";
    String SSH_TIMED_OUT = "rotation.check.sshTimedOut";
    String SSH_NOT_RUN = "rotation.check.sshNotRun";

    /**
     * The verdict, and why where it is not {@link Verdict#VERIFIED}: one of the keys above, or ssh's own last line
     * (shown as it is).
     */
    record Result(Verdict verdict, String reason) {
        public Result {
            Objects.requireNonNull(verdict, "verdict");
            reason = Objects.requireNonNullElse(reason, "");
        }

        public static Result notVerified(String reason) {
            return new Result(Verdict.NOT_VERIFIED, reason);
        }
    }

    /** Where and as whom to log in, and the key to offer (its {@code .pub}, the private half in the agent). */
    record Target(String host, int port, String user, String hostKeyAlias, Path publicKey, Path agentSocket) {
    }

    Result check(Target target);
}
