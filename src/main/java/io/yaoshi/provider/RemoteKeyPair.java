package io.yaoshi.provider;

import io.yaoshi.domain.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A key pair as the cloud lists it: never with a private key. */
public record RemoteKeyPair(String name, String providerKeyId, String fingerprint, String publicKey,
                            Optional<Instant> createdAt, List<Tag> tags) {

    /** How {@code provider} names this key pair in its API calls. */
    public String remoteId(io.yaoshi.domain.ProviderId provider) {
        return provider.remoteIdOf(name, providerKeyId);
    }

    public RemoteKeyPair {
        Objects.requireNonNull(name, "name");
        providerKeyId = Objects.requireNonNullElse(providerKeyId, "");
        fingerprint = Objects.requireNonNullElse(fingerprint, "");
        publicKey = Objects.requireNonNullElse(publicKey, "");
        tags = List.copyOf(tags);
    }
}
