package io.yaoshi.domain;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How Yaoshi's SSH agent may use one key pair. Not offered by default: a server stops after about six offered keys
 * ("Too many authentication failures"), so a vault of twenty keys must not offer twenty. Each use is confirmed by
 * default, and a request that arrives through agent forwarding is refused unless the policy allows it to ask.
 *
 * @param offer      whether the agent lists the key at all
 * @param confirm    when a use is confirmed in a prompt
 * @param forwarding what a request forwarded from another host gets
 */
public record AgentPolicy(boolean offer, Confirm confirm, Forwarding forwarding) {

    /** Until the user decides otherwise: not offered, every use confirmed, forwarded requests refused. */
    public static final AgentPolicy DEFAULT = new AgentPolicy(false, Confirm.ALWAYS, Forwarding.DENY);

    public AgentPolicy {
        Objects.requireNonNull(confirm, "confirm");
        Objects.requireNonNull(forwarding, "forwarding");
    }

    /** When a local (not forwarded) use is confirmed. */
    public enum Confirm {
        ALWAYS("always"), UNTIL_LOCK("until-lock"), NEVER("never");

        private final String id;

        Confirm(String id) {
            this.id = id;
        }

        /** The stable id in the vault, the command line and JSON. */
        public String id() {
            return id;
        }

        public static Optional<Confirm> fromId(String id) {
            return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
        }
    }

    /** What a request that came through agent forwarding gets: refused, or a prompt whatever {@link Confirm} says. */
    public enum Forwarding {
        DENY("deny"), CONFIRM("confirm");

        private final String id;

        Forwarding(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Forwarding> fromId(String id) {
            return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
        }
    }

    public AgentPolicy withOffer(boolean newOffer) {
        return new AgentPolicy(newOffer, confirm, forwarding);
    }

    public AgentPolicy withConfirm(Confirm newConfirm) {
        return new AgentPolicy(offer, newConfirm, forwarding);
    }

    public AgentPolicy withForwarding(Forwarding newForwarding) {
        return new AgentPolicy(offer, confirm, newForwarding);
    }
}
