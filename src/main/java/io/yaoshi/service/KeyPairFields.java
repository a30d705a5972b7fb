package io.yaoshi.service;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyFingerprints;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Origin;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.domain.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** A stored key pair's fields as read (in either stored form), checked and turned into a record at the end. */
final class KeyPairFields {
    String provider;
    String region = "";
    String zone = "";
    String projectId = "";
    String resourceGroupId = "";
    String name;
    String algorithm;
    List<Tag> tags = List.of();
    String md5 = "";
    String sha256 = "";
    String providerFingerprint = "";
    String providerKeyId = "";
    long createdAtMillis;
    String origin;
    String remoteState;
    String publicKey = "";
    boolean hasPrivateKey;

    KeyPairRecord toRecord(KeyId id) throws IOException {
        if (provider == null || name == null || algorithm == null || origin == null || remoteState == null) {
            throw new IOException("key pair metadata lacks a required field");
        }
        ProviderId providerId = byId(ProviderId.values(), provider, ProviderId::id);
        return new KeyPairRecord(id, new Placement(providerId, region, zone, projectId, resourceGroupId), name,
                byId(KeyAlgorithm.values(), algorithm, KeyAlgorithm::id), tags,
                new KeyFingerprints(md5, sha256, providerFingerprint), providerKeyId,
                Instant.ofEpochMilli(createdAtMillis), byId(Origin.values(), origin, Origin::id),
                byId(RemoteState.values(), remoteState, RemoteState::id), publicKey, hasPrivateKey);
    }

    private static <E> E byId(E[] values, String id, Function<E, String> idOf) throws IOException {
        for (E e : values) {
            if (idOf.apply(e).equals(id)) {
                return e;
            }
        }
        throw new IOException("unknown value in key pair metadata: " + id);
    }
}
