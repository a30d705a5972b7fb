package io.yaoshi.provider.ucloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.emulator.CloudEmulator;
import io.yaoshi.emulator.EmulatorAccounts;
import io.yaoshi.emulator.Fault;
import io.yaoshi.keys.KeyParser;
import io.yaoshi.keys.PassphrasePrompt;
import io.yaoshi.keys.SshKeyPair;
import io.yaoshi.provider.CreatedKeyPair;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import io.yaoshi.provider.RemoteKeyPair;
import io.yaoshi.provider.RetryPolicy;
import io.yaoshi.provider.http.JsonHttp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real UCloud adapter over real HTTP against the project's own emulator on 127.0.0.1. */
class UCloudKeyProviderEmulatorTest {

    private static final Placement BJ2 = Placement.ucloud("cn-bj2", "cn-bj2-05", EmulatorAccounts.UCLOUD_PROJECT_ID);

    private CloudEmulator emulator;

    @BeforeEach
    void start() throws Exception {
        emulator = CloudEmulator.start(0, EmulatorAccounts.defaults());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private UCloudKeyProvider adapter(String privateKey) {
        CloudAccount account = new CloudAccount(ProviderId.UCLOUD, EmulatorAccounts.UCLOUD_PUBLIC_KEY,
                EmulatorAccounts.UCLOUD_PROJECT_ID, emulator.ucloudEndpoint().toString());
        return new UCloudKeyProvider(account, privateKey::toCharArray,
                new JsonHttp(Duration.ofSeconds(2), Duration.ofSeconds(10)), new RetryPolicy(3, Duration.ofMillis(10)));
    }

    private UCloudKeyProvider adapter() {
        return adapter(EmulatorAccounts.UCLOUD_PRIVATE_KEY);
    }

    private static KeyPairSpec spec(String name) {
        return new KeyPairSpec(BJ2, name, List.of(), KeyAlgorithm.RSA_2048, CreateMode.PROVIDER);
    }

    @Test
    void createReturnsAnIdAndAPrivateKeyAndDeleteTakesTheId() throws Exception {
        CreatedKeyPair created = adapter().create(spec("测试密钥-key:*~"));

        assertTrue(created.key().providerKeyId().startsWith("uhostkp-"), created.key().providerKeyId());
        byte[] body = new String(created.privateKeyBody().orElseThrow()).getBytes(StandardCharsets.US_ASCII);
        assertEquals(KeyAlgorithm.RSA_2048,
                ((SshKeyPair) new KeyParser().parse(body, PassphrasePrompt.NONE)).algorithm());
        List<RemoteKeyPair> listed = adapter().list(BJ2);
        assertEquals(List.of("测试密钥-key:*~"), listed.stream().map(RemoteKeyPair::name).toList());

        adapter().delete(BJ2, List.of(created.key().providerKeyId()));
        assertEquals(List.of(), adapter().list(BJ2));
    }

    @Test
    void aWrongPrivateKeyIsRetCode171() {
        var e = assertThrows(ProviderException.class, () -> adapter("0000").list(BJ2));
        assertEquals("171", e.code());
        assertEquals(ProviderFailure.UNAUTHORIZED, e.failure());
    }

    @Test
    void aBrokenNameRuleIsRefusedWithANonZeroRetCode() {
        var e = assertThrows(ProviderException.class, () -> adapter().create(spec("k".repeat(64))));
        assertEquals(ProviderFailure.REJECTED, e.failure());
        assertTrue(!e.code().isEmpty() && !e.code().equals("0"), e.code());
    }

    @Test
    void listingPagesBy100AndIsRetriedWhenThrottled() throws Exception {
        for (int i = 0; i < 105; i++) {
            adapter().importPublicKey(new KeyPairSpec(BJ2, "k" + i, List.of(), KeyAlgorithm.RSA_2048,
                    CreateMode.IMPORT), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGl6cG9xQmV0aGVyU2VjcmV0S2V5Qm9keVgxMjM0NTY3 me");
        }
        emulator.faults().inject(ProviderId.UCLOUD, "DescribeUHostKeyPairs", Fault.throttled(), 1);
        assertEquals(105, adapter().list(BJ2).size());
    }

    @Test
    void aDroppedCreateAnswerIsUnreachable() {
        emulator.faults().inject(ProviderId.UCLOUD, "CreateUHostKeyPair", Fault.dropResponse(), 1);
        assertEquals(ProviderFailure.UNREACHABLE,
                assertThrows(ProviderException.class, () -> adapter().create(spec("lost"))).failure());
    }

    @Test
    void getRegionIsGroupedIntoRegionsWithTheirZones() throws Exception {
        List<io.yaoshi.domain.Region> regions = adapter().regions();

        assertEquals(io.yaoshi.domain.RegionCatalog.bundled().regions(ProviderId.UCLOUD), regions);
        io.yaoshi.domain.Region beijing2 = regions.stream().filter(r -> r.id().equals("cn-bj2")).findFirst()
                .orElseThrow();
        assertTrue(beijing2.zones().contains("cn-bj2-02"), beijing2.zones().toString());
    }
}
