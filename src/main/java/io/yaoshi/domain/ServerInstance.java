package io.yaoshi.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cloud server (Aliyun ECS instance, UCloud UHost) as its cloud describes it: where it is, its state and OS, its
 * addresses, and the key pair bound to it — Aliyun names it, UCloud gives its id; empty when none is.
 */
public record ServerInstance(Placement placement, String id, String name, String state, String os,
                             Addresses addresses, String zone, Optional<String> keyPair) {

    public ServerInstance {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, "");
        state = Objects.requireNonNullElse(state, "");
        os = Objects.requireNonNullElse(os, "");
        Objects.requireNonNull(addresses, "addresses");
        zone = Objects.requireNonNullElse(zone, "");
        Objects.requireNonNull(keyPair, "keyPair");
    }

    /** An instance's addresses: an elastic IP, public and private ones. */
    public record Addresses(Optional<String> eip, List<String> publicIps, List<String> privateIps) {

        public Addresses {
            Objects.requireNonNull(eip, "eip");
            publicIps = List.copyOf(publicIps);
            privateIps = List.copyOf(privateIps);
        }

        /** Where ssh goes first: the EIP, else a public address, else a private one. */
        public Optional<String> preferred() {
            return eip.or(() -> publicIps.stream().findFirst()).or(() -> privateIps.stream().findFirst());
        }
    }
}
