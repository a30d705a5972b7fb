package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.emulator.CloudEmulator;
import io.yaoshi.emulator.EmulatorAccounts;
import io.yaoshi.emulator.Fault;
import io.yaoshi.provider.CloudProviders;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import io.yaoshi.provider.RetryPolicy;
import io.yaoshi.provider.aliyun.AliyunKeyProvider;
import io.yaoshi.provider.http.JsonHttp;
import io.yaoshi.testing.Fixtures;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole cloud path: vault, service, real adapter, real HTTP, the emulator, and a lost answer. */
class CloudEndToEndTest {

    private static final Placement HANGZHOU = Placement.aliyun("cn-hangzhou", "");

    @TempDir
    Path dir;

    private CloudEmulator emulator;
    private VaultSession vault;
    private KeyPairService keys;
    private SyncService sync;
    private CloudProviders clouds;

    @BeforeEach
    void start() throws Exception {
        emulator = CloudEmulator.start(0, EmulatorAccounts.defaults());
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        CloudAccount account = new CloudAccount(ProviderId.ALIYUN, EmulatorAccounts.ALIYUN_ACCESS_KEY_ID, "",
                emulator.aliyunEndpoint().toString());
        clouds = provider -> new AliyunKeyProvider(account,
                EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET::toCharArray,
                new JsonHttp(Duration.ofSeconds(2), Duration.ofSeconds(10)), new RetryPolicy(3, Duration.ofMillis(10)),
                Clock.systemUTC(), new SecureRandom());
        keys = Fixtures.keyService(vault, clouds);
        sync = new SyncService(vault, clouds);
    }

    @AfterEach
    void stop() {
        vault.close();
        emulator.close();
    }

    private static KeyPairSpec spec(String name, CreateMode mode) {
        return new KeyPairSpec(HANGZHOU, name, List.of(), KeyAlgorithm.RSA_2048, mode);
    }

    @Test
    void bothModesCreateAKeyPairThatSyncFindsInBothPlaces() throws Exception {
        KeyPairRecord byCloud = keys.create(spec("by-cloud", CreateMode.PROVIDER));
        KeyPairRecord byUs = keys.create(spec("by-us", CreateMode.IMPORT));

        assertEquals(RemoteState.PRESENT, byCloud.remoteState());
        assertTrue(byCloud.hasPrivateKey());
        assertEquals(RemoteState.PRESENT, byUs.remoteState());
        assertEquals(List.of(SyncEntry.Status.IN_BOTH, SyncEntry.Status.IN_BOTH),
                sync.sync(HANGZHOU).stream().map(SyncEntry::status).toList());
    }

    @Test
    void aKeyPairDeletedInTheConsoleIsUploadedAgainFromTheVault() throws Exception {
        KeyPairRecord web = keys.create(spec("web", CreateMode.IMPORT));
        clouds.forProvider(ProviderId.ALIYUN).delete(HANGZHOU, List.of("web"));
        assertEquals(List.of(SyncEntry.Status.ONLY_HERE), sync.sync(HANGZHOU).stream().map(SyncEntry::status).toList());
        assertEquals(RemoteState.MISSING, keys.resolve("web").remoteState());
        assertTrue(KeyPairService.canUploadAgain(keys.resolve("web")));

        KeyPairRecord again = keys.uploadAgain(web.id());

        assertEquals(RemoteState.PRESENT, again.remoteState());
        assertEquals(web.publicKey(), again.publicKey());
        assertEquals(again, keys.resolve("web"));
        List<SyncEntry> after = sync.sync(HANGZHOU);
        assertEquals(List.of(SyncEntry.Status.IN_BOTH), after.stream().map(SyncEntry::status).toList());
        assertEquals(web.fingerprints().md5(), after.get(0).remote().orElseThrow().fingerprint(),
                "the cloud holds the same key as before");
        assertThrows(IllegalArgumentException.class, () -> keys.uploadAgain(web.id()), "it is present again");
    }

    @Test
    void anUploadTheCloudRefusesChangesNothingHere() throws Exception {
        KeyPairRecord web = keys.create(spec("web", CreateMode.IMPORT));
        clouds.forProvider(ProviderId.ALIYUN).delete(HANGZHOU, List.of("web"));
        sync.sync(HANGZHOU);
        emulator.faults().inject(ProviderId.ALIYUN, "ImportKeyPair", Fault.dropResponse(), 1);

        assertThrows(ProviderException.class, () -> keys.uploadAgain(web.id()));

        assertEquals(RemoteState.MISSING, keys.resolve("web").remoteState(), "an answer lost loses nothing");
        assertEquals(List.of(SyncEntry.Status.IN_BOTH), sync.sync(HANGZHOU).stream().map(SyncEntry::status).toList(),
                "the next sync finds what the lost answer made");
        assertEquals(RemoteState.PRESENT, keys.resolve("web").remoteState());
    }

    @Test
    void aLostAnswerIsNeverLostTrack() throws Exception {
        emulator.faults().inject(ProviderId.ALIYUN, "CreateKeyPair", Fault.dropResponse(), 1);

        var e = assertThrows(ProviderException.class, () -> keys.create(spec("lost", CreateMode.PROVIDER)));
        assertEquals(ProviderFailure.UNREACHABLE, e.failure());
        assertEquals(RemoteState.PENDING, keys.resolve("lost").remoteState());

        assertEquals(List.of(SyncEntry.Status.ORPHANED),
                sync.sync(HANGZHOU).stream().map(SyncEntry::status).toList());
        assertEquals(RemoteState.ORPHANED, keys.resolve("lost").remoteState());

        keys.deleteRemotely(keys.resolve("lost").id());
        assertEquals(List.of(), sync.sync(HANGZHOU));
    }

    @Test
    void anSshKeygenKeyFileIsImportedIntoTheCloudAndItsPrivateKeyStaysHere() throws Exception {
        Path file = dir.resolve("id_rsa");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-f",
                file.toString()).start();
        assertTrue(keygen.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));

        KeyPairRecord imported = keys.importKey(java.nio.file.Files.readAllBytes(file), HANGZHOU, "from-file",
                List.of(), java.util.Optional::empty);

        assertEquals(RemoteState.PRESENT, imported.remoteState());
        assertTrue(imported.hasPrivateKey());
        assertEquals(List.of("from-file"), sync.sync(HANGZHOU).stream()
                .map(e -> e.remote().orElseThrow().name()).toList());
    }

    @Test
    void pendingCreatesAreSettledWhenTheVaultOpensAgain() throws Exception {
        emulator.faults().inject(ProviderId.ALIYUN, "CreateKeyPair", Fault.dropResponse(), 1);
        assertThrows(ProviderException.class, () -> keys.create(spec("lost", CreateMode.PROVIDER)));
        vault.lock();
        vault.unlock(Fixtures.password());

        List<SyncEntry> settled = sync.reconcilePending();

        assertEquals(List.of(SyncEntry.Status.ORPHANED), settled.stream().map(SyncEntry::status).toList());
        assertEquals(RemoteState.ORPHANED, keys.resolve("lost").remoteState());
        assertEquals(List.of(), sync.reconcilePending(), "nothing is pending any more");
    }

    @Test
    void aKeyPairMadeInTheConsoleCanBeRecordedHereAsPublicOnly() throws Exception {
        // made by someone else with the same account: present in the cloud, unknown here
        var cloud = new AliyunKeyProvider(new CloudAccount(ProviderId.ALIYUN, EmulatorAccounts.ALIYUN_ACCESS_KEY_ID,
                "", emulator.aliyunEndpoint().toString()), EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET::toCharArray,
                new JsonHttp(Duration.ofSeconds(2), Duration.ofSeconds(10)), new RetryPolicy(1, Duration.ZERO),
                Clock.systemUTC(), new SecureRandom());
        cloud.create(spec("console-made", CreateMode.PROVIDER));
        SyncEntry onlyThere = sync.sync(HANGZHOU).get(0);
        assertEquals(SyncEntry.Status.ONLY_IN_CLOUD, onlyThere.status());

        KeyPairRecord recorded = keys.recordRemote(HANGZHOU, onlyThere.remote().orElseThrow());

        assertEquals(KeyAlgorithm.RSA_2048, recorded.algorithm());
        assertTrue(!recorded.hasPrivateKey());
        assertEquals(List.of(SyncEntry.Status.IN_BOTH), sync.sync(HANGZHOU).stream().map(SyncEntry::status).toList());
    }
}
