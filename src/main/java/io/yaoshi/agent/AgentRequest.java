package io.yaoshi.agent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A sign request the agent decided: when, which key, what it would sign, where a login went, whether it was
 * forwarded, and the outcome.
 */
public record AgentRequest(Instant time, OfferedKey key, SignedData what, Optional<Destination> destination,
                           boolean forwarded, Outcome outcome) {

    public AgentRequest {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Who decided, and how. */
    public enum Outcome {
        /** Signed without a question: the key's policy does not ask, or an "until lock" answer still holds. */
        SIGNED,
        /** Signed after the user allowed it. */
        ALLOWED,
        /** The user said no, or did not answer in time. */
        DENIED,
        /** The key's policy refuses it: a forwarded request under "deny". */
        REFUSED;

        public boolean signed() {
            return this == SIGNED || this == ALLOWED;
        }
    }
}
