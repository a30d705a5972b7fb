package io.yaoshi.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.emulator.CloudEmulator;
import io.yaoshi.emulator.EmulatorAccounts;
import io.yaoshi.provider.aliyun.AliyunKeyProvider;
import io.yaoshi.provider.ucloud.UCloudKeyProvider;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both clouds' instance listings through the real adapters over real HTTP against the emulator, every page, mapped
 * to a real vault's key pairs: Aliyun by name, UCloud by id.
 */
class ServerInventoryEmulatorTest {

    private static final Placement HANGZHOU = EmulatedClouds.HANGZHOU;
    private static final Placement BJ2 = EmulatedClouds.BJ2;

    @TempDir
    Path dir;

    private CloudEmulator emulator;
    private EmulatedClouds clouds;
    private VaultSession vault;

    @BeforeEach
    void start() throws Exception {
        emulator = CloudEmulator.start(0, EmulatorAccounts.defaults());
        clouds = new EmulatedClouds(emulator);
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
    }

    @AfterEach
    void stop() {
        vault.close();
        emulator.close();
    }

    @Test
    void aliyunListsEveryPageAndMapsInstancesToTheVaultsKeyPairsByName() throws Exception {
        AliyunKeyProvider cloud = clouds.aliyun();
        KeyPairRecord web = EmulatedClouds.keyAt(vault, cloud, HANGZHOU, "web");
        KeyPairRecord spare = EmulatedClouds.keyAt(vault, cloud, HANGZHOU, "spare");
        for (int i = 0; i < 130; i++) {
            clouds.seed(HANGZHOU, "i-" + i, "node-" + (i % 120), "Running", "linux", Optional.empty(),
                    i % 2 == 0 ? Optional.of("web") : Optional.of("someone-elses"));
        }
        clouds.seed(HANGZHOU, "i-eip", "gateway", "Running", "windows", Optional.of("121.40.1.1"), Optional.empty());
        clouds.seed(Placement.aliyun("cn-beijing", ""), "i-elsewhere", "far", "Running", "linux", Optional.empty(), Optional.of("web"));

        Inventory inventory = new ServerInventory(vault, provider -> cloud, java.time.Clock.systemUTC()).read(HANGZHOU);

        assertEquals(131, inventory.servers().size(), "every page of 100, one region only");
        ServerEntry first = inventory.servers().get(0);
        assertEquals(Optional.of(web.id()), first.vaultKey().map(KeyPairRecord::id));
        assertTrue(first.privateKeyHere());
        ServerEntry foreign = inventory.servers().get(1);
        assertEquals(Optional.of("someone-elses"), foreign.instance().keyPair());
        assertTrue(foreign.vaultKey().isEmpty());
        assertFalse(foreign.privateKeyHere(), "flagged: no private key here");
        ServerInstance gateway = inventory.servers().get(130).instance();
        assertEquals("windows", gateway.os());
        assertEquals(Optional.of("121.40.1.1"), gateway.addresses().preferred(), "the EIP first");
        assertEquals(Optional.empty(), gateway.keyPair());
        assertEquals(List.of(spare.id()), inventory.boundNowhere().stream().map(KeyPairRecord::id).toList());
        assertEquals("node-0", inventory.servers().get(0).sshAlias());
        assertEquals("i-120", inventory.servers().get(120).sshAlias(), "a name taken already: the instance id");
    }

    @Test
    void ucloudListsEveryPageAndMapsByKeyPairId() throws Exception {
        UCloudKeyProvider cloud = clouds.ucloud();
        KeyPairRecord db = EmulatedClouds.keyAt(vault, cloud, BJ2, "db");
        for (int i = 0; i < 105; i++) {
            clouds.seed(BJ2, "uhost-" + i, "db-" + i, "Running", "Linux", Optional.empty(), Optional.of(db.providerKeyId()));
        }

        Inventory inventory = new ServerInventory(vault, provider -> cloud, java.time.Clock.systemUTC()).read(BJ2);

        assertEquals(105, inventory.servers().size());
        assertTrue(inventory.servers().stream().allMatch(e -> e.vaultKey().map(KeyPairRecord::id)
                .equals(Optional.of(db.id()))));
        ServerInstance host = inventory.servers().get(0).instance();
        assertEquals(Optional.of("47.0.0." + ("uhost-0".hashCode() & 0x7f)), host.addresses().preferred());
        assertEquals(List.of("10.0.0." + ("uhost-0".hashCode() & 0x7f)), host.addresses().privateIps());
        assertTrue(inventory.boundNowhere().isEmpty());
    }

    @Test
    void theLastReadingOpensOfflineAfterALockAndIsEncryptedInTheVault() throws Exception {
        AliyunKeyProvider cloud = clouds.aliyun();
        KeyPairRecord web = EmulatedClouds.keyAt(vault, cloud, HANGZHOU, "web");
        clouds.seed(HANGZHOU, "i-1", "payroll-gateway", "Running", "linux", Optional.of("121.40.99.7"),
                Optional.of("web"));
        java.time.Instant before = java.time.Instant.now();
        Inventory online = new ServerInventory(vault, provider -> cloud, java.time.Clock.systemUTC()).read(HANGZHOU);
        emulator.close();
        vault.lock();
        vault.unlock(Fixtures.password());

        ServerInventory offline = new ServerInventory(vault, provider -> {
            throw new AssertionError("no cloud call offline");
        }, java.time.Clock.systemUTC());
        Inventory cached = offline.cached(HANGZHOU).orElseThrow();

        assertEquals(online, cached);
        assertFalse(cached.refreshedAt().isBefore(before));
        assertEquals(Optional.of(web.id()), cached.servers().get(0).vaultKey().map(KeyPairRecord::id));
        assertTrue(offline.cached(BJ2).isEmpty(), "a region never read");
        vault.close();
        byte[] file = java.nio.file.Files.readAllBytes(dir.resolve("vault.db"));
        for (String secret : List.of("payroll-gateway", "121.40.99.7", "i-1\"")) {
            assertFalse(io.yaoshi.testing.ByteSearch.contains(file, secret), secret);
        }
    }

    @Test
    void aSecondReadingReplacesTheFirstAndAliasesStayUniqueAcrossRegions() throws Exception {
        AliyunKeyProvider cloud = clouds.aliyun();
        Placement beijing = Placement.aliyun("cn-beijing", "");
        clouds.seed(HANGZHOU, "i-1", "web", "Running", "linux", Optional.empty(), Optional.empty());
        clouds.seed(beijing, "i-2", "web", "Running", "linux", Optional.empty(), Optional.empty());
        ServerInventory inventory = new ServerInventory(vault, provider -> cloud, java.time.Clock.systemUTC());
        inventory.read(HANGZHOU);
        inventory.read(beijing);
        clouds.seed(HANGZHOU, "i-3", "db", "Running", "linux", Optional.empty(), Optional.empty());
        inventory.read(HANGZHOU);

        List<Inventory> known = inventory.known();

        assertEquals(List.of("cn-beijing", "cn-hangzhou"), known.stream().map(i -> i.scope().region()).toList());
        assertEquals(List.of("web"), known.get(0).servers().stream().map(ServerEntry::sshAlias).toList());
        assertEquals(List.of("i-1", "db"), known.get(1).servers().stream().map(ServerEntry::sshAlias).toList(),
                "the name taken in another region: the instance id");
    }
}
