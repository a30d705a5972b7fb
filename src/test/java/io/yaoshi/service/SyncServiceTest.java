package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yaoshi.domain.KeyFingerprints;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.provider.RemoteKeyPair;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.ScriptedCloud;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three-way comparison against a cloud listing (the network is the boundary, so the listing is scripted). */
class SyncServiceTest {

    private static final Placement HANGZHOU = Placement.aliyun("cn-hangzhou", "");

    @TempDir
    Path dir;

    private VaultSession vault;
    private final ScriptedCloud cloud = new ScriptedCloud();
    private final List<RemoteKeyPair> listing = cloud.listing;
    private SyncService sync;

    @BeforeEach
    void vault() throws Exception {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        sync = new SyncService(vault, provider -> cloud);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private static RemoteKeyPair remote(String name, String fingerprint) {
        return new RemoteKeyPair(name, "", fingerprint, "ssh-rsa AAAA " + name, Optional.empty(), List.of());
    }

    private KeyPairRecord local(String name, RemoteState state, boolean privateKey, String providerFingerprint)
            throws Exception {
        KeyPairRecord base = Fixtures.record(name, HANGZHOU, List.of());
        KeyPairRecord r = new KeyPairRecord(base.id(), HANGZHOU, name, base.algorithm(), List.of(),
                new KeyFingerprints(base.fingerprints().md5(), base.fingerprints().sha256(), providerFingerprint), "",
                base.createdAt(), base.origin(), state, base.publicKey(), privateKey);
        vault.save(List.of(r), Map.of());
        return r;
    }

    private RemoteState stateOf(String name) throws Exception {
        return Fixtures.keyService(vault).resolve(name).remoteState();
    }

    @Test
    void showsAllThreeSidesAndSettlesWhatItCanTellForSure() throws Exception {
        local("both", RemoteState.PRESENT, true, "aa:bb");
        local("changed", RemoteState.PRESENT, true, "aa:bb");
        local("gone", RemoteState.PRESENT, true, "aa:bb");
        local("lost-answer", RemoteState.PENDING, false, "");
        local("never-made", RemoteState.PENDING, false, "");
        local("lost-import", RemoteState.PENDING, true, "");
        vault.save(List.of(Fixtures.record("laptop", Placement.local(), List.of())), Map.of());
        listing.addAll(List.of(remote("both", "AA:BB"), remote("changed", "cc:dd"), remote("lost-answer", "ee"),
                remote("lost-import", "ff"), remote("console-made", "11:22")));

        List<SyncEntry> entries = sync.sync(HANGZHOU);

        assertEquals(List.of("both IN_BOTH", "changed FINGERPRINT_MISMATCH", "gone ONLY_HERE",
                        "lost-answer ORPHANED", "never-made NEVER_CREATED", "lost-import IN_BOTH",
                        "console-made ONLY_IN_CLOUD"),
                entries.stream().map(e -> e.local().map(KeyPairRecord::name).orElseGet(() -> e.remote().get().name())
                        + " " + e.status()).toList());
        assertEquals(RemoteState.MISSING, stateOf("gone"));
        assertEquals(RemoteState.ORPHANED, stateOf("lost-answer"));
        assertEquals(List.of(RemoteState.PRESENT, RemoteState.PRESENT, RemoteState.MISSING, RemoteState.ORPHANED),
                entries.subList(0, 4).stream().map(e -> e.local().orElseThrow().remoteState()).toList(),
                "each entry carries its key pair as the comparison left it");
        assertEquals(RemoteState.PRESENT, stateOf("lost-import"));
        assertEquals(List.of("both", "changed", "gone", "lost-answer", "lost-import", "laptop"),
                Fixtures.keyService(vault).list(KeyPairFilter.ALL).stream().map(KeyPairRecord::name).toList(),
                "the pending create that never happened is gone, the local key untouched");
    }
}
