package io.yaoshi.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything Yaoshi knows about a key pair except its private key, which stays in the vault and is read only to
 * export it.
 *
 * @param providerKeyId the provider's id (UCloud {@code KeyPairId}, Aliyun {@code KeyPairId}); empty if none
 * @param publicKey     the OpenSSH public key line ({@code ssh-ed25519 AAAA…}); empty while a create is pending
 * @param hasPrivateKey whether the vault holds the private key (false for public-only and orphaned entries)
 */
public record KeyPairRecord(KeyId id, Placement placement, String name, KeyAlgorithm algorithm, List<Tag> tags,
                            KeyFingerprints fingerprints, String providerKeyId, Instant createdAt, Origin origin,
                            RemoteState remoteState, String publicKey, boolean hasPrivateKey) {

    public KeyPairRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(fingerprints, "fingerprints");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(remoteState, "remoteState");
        tags = List.copyOf(tags);
        providerKeyId = Objects.requireNonNullElse(providerKeyId, "");
        publicKey = Objects.requireNonNullElse(publicKey, "");
    }

    public ProviderId provider() {
        return placement.provider();
    }

    /**
     * Whether it may exist at its cloud now, so deleting or retagging it there makes sense: a cloud key pair not
     * known to be gone, and not a create whose answer never came (reconciliation settles those first).
     */
    public boolean mayExistAtCloud() {
        return provider().isCloud() && remoteState != RemoteState.MISSING && remoteState != RemoteState.PENDING;
    }

    /** How its cloud names it in API calls (empty for a UCloud create still pending); see {@link ProviderId}. */
    public String remoteId() {
        return provider().remoteIdOf(name, providerKeyId);
    }

    public KeyPairRecord withTags(List<Tag> newTags) {
        return new KeyPairRecord(id, placement, name, algorithm, newTags, fingerprints, providerKeyId, createdAt,
                origin, remoteState, publicKey, hasPrivateKey);
    }

    public KeyPairRecord withRemoteState(RemoteState state) {
        return new KeyPairRecord(id, placement, name, algorithm, tags, fingerprints, providerKeyId, createdAt,
                origin, state, publicKey, hasPrivateKey);
    }
}
