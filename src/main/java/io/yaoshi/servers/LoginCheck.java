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

    /** The verdict, and in words why where it is not {@link Verdict#VERIFIED}. */
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
