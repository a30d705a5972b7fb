package io.yaoshi.servers;

import io.yaoshi.domain.ServerInstance;
import java.util.Objects;

/**
 * Where one server stands after a binding: the result, and the cloud's code when it is not a success (a per-instance
 * Result code, a RetCode, or the step that failed).
 */
public record BindingOutcome(ServerInstance instance, Result result, String code) {

    public BindingOutcome {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(result, "result");
        code = Objects.requireNonNullElse(code, "");
    }

    public enum Result {
        /** Bound (or unbound) and restarted: logins meet it now. */
        IN_EFFECT(true),
        /** Bound on a running server that was not restarted: it takes effect at the next reboot. */
        AFTER_REBOOT(true),
        /** Bound on a stopped server, which was not started: it takes effect when it next starts. */
        AT_NEXT_START(true),
        /** The cloud refused or failed this server; nothing changed there. */
        FAILED(false),
        /** UCloud binds only a stopped host, and stopping this running one was not allowed; nothing changed. */
        NEEDS_RESTART(false),
        /** Bound, but the restart that makes it take effect failed or did not finish. */
        RESTART_FAILED(false);

        private final boolean bound;

        Result(boolean bound) {
            this.bound = bound;
        }

        public boolean succeeded() {
            return bound;
        }
    }

    public boolean succeeded() {
        return result.succeeded();
    }
}
