package io.yaoshi.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyFingerprints;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Origin;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.domain.Tag;
import java.time.Instant;
import java.util.List;

/**
 * The stored form of a key pair's metadata inside its vault item: plain strings and numbers, so the format is
 * independent of the domain classes and can evolve by version. The private key is written beside it by
 * {@link KeyPairPayload}, never in this record.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record StoredKeyPair(int version, String provider, String region, String zone, String projectId,
                     String resourceGroupId, String name, String algorithm, List<StoredTag> tags, String md5,
                     String sha256, String providerFingerprint, String providerKeyId, long createdAtMillis,
                     String origin, String remoteState, String publicKey, boolean hasPrivateKey) {

    static final int VERSION = 1;

    record StoredTag(String key, String value) {
    }

    static StoredKeyPair from(KeyPairRecord r) {
        Placement p = r.placement();
        return new StoredKeyPair(VERSION, p.provider().id(), p.region(), p.zone(), p.projectId(),
                p.resourceGroupId(), r.name(), r.algorithm().id(),
                r.tags().stream().map(t -> new StoredTag(t.key(), t.value())).toList(), r.fingerprints().md5(),
                r.fingerprints().sha256(), r.fingerprints().provider(), r.providerKeyId(),
                r.createdAt().toEpochMilli(), r.origin().id(), r.remoteState().id(), r.publicKey(),
                r.hasPrivateKey());
    }

    KeyPairRecord toRecord(KeyId id) {
        ProviderId providerId = ProviderId.fromId(provider)
                .orElseThrow(() -> new IllegalArgumentException("unknown provider " + provider));
        return new KeyPairRecord(id, new Placement(providerId, region, zone, projectId, resourceGroupId), name,
                KeyAlgorithm.fromId(algorithm).orElseThrow(() -> new IllegalArgumentException("unknown type")),
                tags == null ? List.of() : tags.stream().map(t -> new Tag(t.key(), t.value())).toList(),
                new KeyFingerprints(md5, sha256, providerFingerprint), providerKeyId,
                Instant.ofEpochMilli(createdAtMillis), enumById(Origin.values(), origin, Origin::id),
                enumById(RemoteState.values(), remoteState, RemoteState::id), publicKey, hasPrivateKey);
    }

    private static <E> E enumById(E[] values, String id, java.util.function.Function<E, String> idOf) {
        for (E e : values) {
            if (idOf.apply(e).equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown value " + id);
    }
}
