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

    /** A key pair made or imported here for this computer: no cloud knows it. */
    public static KeyPairRecord local(Placement placement, String name, List<Tag> tags, PublicHalf key, Origin origin,
                                      Instant createdAt, boolean hasPrivateKey) {
        return new KeyPairRecord(KeyId.random(), placement, name, key.algorithm(), tags, key.fingerprints(), "",
                createdAt, origin, RemoteState.LOCAL, key.line(), hasPrivateKey);
    }

    /**
     * A cloud create about to be asked for. It is stored before the call, so a create whose answer is lost is
     * settled with the cloud later instead of forgotten.
     */
    public static KeyPairRecord pending(Placement placement, String name, List<Tag> tags, PublicHalf key,
                                        Origin origin, Instant createdAt, boolean hasPrivateKey) {
        return new KeyPairRecord(KeyId.random(), placement, name, key.algorithm(), tags, key.fingerprints(), "",
                createdAt, origin, RemoteState.PENDING, key.line(), hasPrivateKey);
    }

    /** A key pair found at a cloud and recorded here by its public half: the cloud holds no private key to give. */
    public static KeyPairRecord foundAtCloud(Placement placement, String name, List<Tag> tags, PublicHalf key,
                                             String providerKeyId, Instant createdAt) {
        return new KeyPairRecord(KeyId.random(), placement, name, key.algorithm(), tags, key.fingerprints(),
                providerKeyId, createdAt, Origin.IMPORTED, RemoteState.PRESENT, key.line(), false);
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

    /** This pending create, now that the cloud's answer gave the key itself (the cloud generated it). */
    public KeyPairRecord withKey(PublicHalf key, Instant keyCreatedAt, boolean privateKeyHeld) {
        return new KeyPairRecord(id, placement, name, key.algorithm(), tags, key.fingerprints(), providerKeyId,
                keyCreatedAt, origin, remoteState, key.line(), privateKeyHeld);
    }

    /** This create, confirmed by its cloud under the cloud's own id and fingerprint. */
    public KeyPairRecord presentAtCloud(String cloudKeyId, String cloudFingerprint) {
        return new KeyPairRecord(id, placement, name, algorithm, tags, fingerprints.withProvider(cloudFingerprint),
                cloudKeyId, createdAt, origin, RemoteState.PRESENT, publicKey, hasPrivateKey);
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
