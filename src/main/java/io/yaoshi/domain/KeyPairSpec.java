package io.yaoshi.domain;

import java.util.List;
import java.util.Objects;

/** What the user asks for when creating a key pair, before anything is generated or sent. */
public record KeyPairSpec(Placement placement, String name, List<Tag> tags, KeyAlgorithm algorithm, CreateMode mode) {

    public KeyPairSpec {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(mode, "mode");
        tags = List.copyOf(tags);
    }
}
