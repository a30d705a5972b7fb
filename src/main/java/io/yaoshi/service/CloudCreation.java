package io.yaoshi.service;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Origin;
import io.yaoshi.domain.PublicHalf;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.keys.KeyGenerator;
import io.yaoshi.keys.ParsedKey;
import io.yaoshi.keys.PassphrasePrompt;
import io.yaoshi.keys.SshKeyPair;
import io.yaoshi.provider.CloudKeyProvider;
import io.yaoshi.provider.CreatedKeyPair;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.RemoteKeyPair;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Creating a key pair at a cloud without ever losing it. The intent is stored first (remote state PENDING), then the
 * call is made once, never retried. Its answer is stored in the same step as the private key. A definite refusal
 * removes the intent again: nothing changed anywhere. An unknown outcome (no answer, a garbled one) keeps the
 * pending entry, so the next sync can tell whether the key pair exists remotely.
 */
final class CloudCreation {

    private final KeyPairStore vault;
    private final KeyMaterial material;
    private final KeyGenerator generator;
    private final Clock clock;

    CloudCreation(KeyPairStore vault, KeyMaterial material, KeyGenerator generator, Clock clock) {
        this.vault = vault;
        this.material = material;
        this.generator = generator;
        this.clock = clock;
    }

    KeyPairRecord create(KeyPairSpec spec, CloudKeyProvider cloud)
            throws VaultAccessException, ProviderException, KeyFileException {
        return spec.mode() == CreateMode.IMPORT ? generateAndImport(spec, cloud) : letTheCloudGenerate(spec, cloud);
    }

    /** The safer mode: the private key is made here and never travels; only the public line is uploaded. */
    private KeyPairRecord generateAndImport(KeyPairSpec spec, CloudKeyProvider cloud)
            throws VaultAccessException, ProviderException {
        SshKeyPair pair = generator.generate(spec.algorithm(), spec.name());
        return upload(spec, pair, Origin.GENERATED, cloud);
    }

    /**
     * Uploads the public half of a key read from a file (ImportKeyPair); a private half, if the file had one, stays
     * here in the vault.
     */
    KeyPairRecord upload(KeyPairSpec spec, ParsedKey key, Origin origin, CloudKeyProvider cloud)
            throws VaultAccessException, ProviderException {
        KeyPairRecord pending = KeyPairRecord.pending(spec.placement(), spec.name(), spec.tags(),
                material.publicHalf(key.publicKey().withComment(spec.name())), origin, clock.instant(),
                key instanceof SshKeyPair);
        if (key instanceof SshKeyPair pair) {
            material.saveWithPrivateKey(vault, pending, pair);
        } else {
            vault.save(List.of(pending), Map.of());
        }
        RemoteKeyPair remote = call(pending, () -> cloud.importPublicKey(spec, pending.publicKey()));
        KeyPairRecord present = pending.presentAtCloud(remote.providerKeyId(), remote.fingerprint());
        vault.save(List.of(present), Map.of());
        return present;
    }

    /** CreateKeyPair: the cloud makes the key and hands out its private half exactly once. */
    private KeyPairRecord letTheCloudGenerate(KeyPairSpec spec, CloudKeyProvider cloud)
            throws VaultAccessException, ProviderException, KeyFileException {
        KeyPairRecord pending = KeyPairRecord.pending(spec.placement(), spec.name(), spec.tags(),
                PublicHalf.notYetKnown(spec.algorithm()), Origin.PROVIDER, clock.instant(), false);
        vault.save(List.of(pending), Map.of());
        CreatedKeyPair created = call(pending, () -> cloud.create(spec));
        try {
            if (created.privateKeyBody().isEmpty()) {
                KeyPairRecord orphan = pending
                        .presentAtCloud(created.key().providerKeyId(), created.key().fingerprint())
                        .withRemoteState(RemoteState.ORPHANED);
                vault.save(List.of(orphan), Map.of());
                return orphan;
            }
            SshKeyPair pair = parse(created.privateKeyBody().get(), spec.name());
            KeyPairRecord present = pending
                    .withKey(material.publicHalf(pair.publicKey().withComment(spec.name())), clock.instant(), true)
                    .presentAtCloud(created.key().providerKeyId(), created.key().fingerprint());
            material.saveWithPrivateKey(vault, present, pair);
            return present;
        } finally {
            created.wipe();
        }
    }

    private SshKeyPair parse(char[] body, String name) throws KeyFileException {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(body));
        byte[] input = Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
        try {
            return ((SshKeyPair) material.parse(input, PassphrasePrompt.NONE)).withComment(name);
        } finally {
            Arrays.fill(input, (byte) 0);
            Arrays.fill(bytes.array(), (byte) 0);
        }
    }

    /** One cloud call whose failure either removes the intent (definite refusal) or keeps it (unknown outcome). */
    private <T> T call(KeyPairRecord pending, CloudCall<T> call) throws ProviderException, VaultAccessException {
        try {
            return call.run();
        } catch (ProviderException e) {
            if (!e.outcomeUnknown()) {
                vault.delete(pending.id());
            }
            throw e;
        }
    }

    @FunctionalInterface
    private interface CloudCall<T> {
        T run() throws ProviderException;
    }
}
