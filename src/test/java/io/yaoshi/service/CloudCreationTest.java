package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.domain.Tag;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.ScriptedCloud;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The create protocol against a scripted cloud (the network is the boundary): nothing lost, nothing invented. */
class CloudCreationTest {

    @TempDir
    Path dir;

    private VaultSession vault;
    private final ScriptedCloud cloud = new ScriptedCloud();
    private KeyPairService service;

    @BeforeEach
    void vault() throws Exception {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        service = Fixtures.keyService(vault, provider -> cloud);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private static KeyPairSpec aliyun(CreateMode mode) {
        return new KeyPairSpec(Placement.aliyun("cn-hangzhou", ""), "FinanceJoshuaV23",
                List.of(new Tag("FinanceDept", "FinanceDept.Joshua")), KeyAlgorithm.RSA_2048, mode);
    }

    @Test
    void theCloudsPrivateKeyIsStoredWithItsAnswer() throws Exception {
        cloud.nextPrivateKey = ScriptedCloud.pkcs1RsaKeyAsBareBase64();

        KeyPairRecord created = service.create(aliyun(CreateMode.PROVIDER));

        assertEquals(RemoteState.PRESENT, created.remoteState());
        assertEquals("ssh-abc", created.providerKeyId());
        assertEquals("89:f0:ba", created.fingerprints().provider());
        assertTrue(created.fingerprints().sha256().startsWith("SHA256:"));
        assertTrue(created.hasPrivateKey());
        String exported = new String(service.export(created.id(), ExportFormat.PKCS8, null), StandardCharsets.UTF_8);
        assertTrue(exported.startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    @Test
    void importModeUploadsOnlyThePublicKey() throws Exception {
        KeyPairRecord created = service.create(aliyun(CreateMode.IMPORT));

        assertEquals(List.of(created.publicKey()), cloud.importedLines);
        assertTrue(cloud.importedLines.get(0).startsWith("ssh-rsa "));
        assertEquals(RemoteState.PRESENT, created.remoteState());
        assertTrue(created.hasPrivateKey());
    }

    @ParameterizedTest
    @EnumSource(value = ProviderFailure.class, names = {"REJECTED", "UNAUTHORIZED", "NOT_FOUND", "THROTTLED"})
    void aRefusalLeavesNothingBehind(ProviderFailure refusal) throws Exception {
        cloud.failWith = new ProviderException(ProviderId.ALIYUN, refusal, "KeyPair.AlreadyExist", "r1", "m", null);
        assertThrows(ProviderException.class, () -> service.create(aliyun(CreateMode.PROVIDER)));
        assertEquals(List.of(), service.list(KeyPairFilter.ALL));
    }

    @ParameterizedTest
    @EnumSource(value = ProviderFailure.class, names = {"UNREACHABLE", "MALFORMED_RESPONSE", "SERVER_ERROR"})
    void anUnknownOutcomeStaysPendingForTheNextSync(ProviderFailure unknown) throws Exception {
        cloud.failWith = new ProviderException(ProviderId.ALIYUN, unknown, "", "", "lost", null);
        assertThrows(ProviderException.class, () -> service.create(aliyun(CreateMode.PROVIDER)));
        KeyPairRecord pending = service.resolve("FinanceJoshuaV23");
        assertEquals(RemoteState.PENDING, pending.remoteState());
        assertFalse(pending.hasPrivateKey());
    }

    @Test
    void anAnswerWithoutPrivateKeyIsSaidPlainly() throws Exception {
        cloud.nextPrivateKey = null;
        KeyPairRecord created = service.create(aliyun(CreateMode.PROVIDER));
        assertEquals(RemoteState.ORPHANED, created.remoteState());
        assertFalse(created.hasPrivateKey());
    }

    @Test
    void aBrokenRuleSendsNothing() {
        var spec = new KeyPairSpec(Placement.aliyun("cn-hangzhou", ""), "1bad", List.of(), KeyAlgorithm.RSA_2048,
                CreateMode.PROVIDER);
        assertThrows(ValidationException.class, () -> service.create(spec));
        assertEquals(0, cloud.calls);
    }

    @Test
    void remoteDeleteAsksTheCloudFirstAndKeepsTheKeyIfItRefuses() throws Exception {
        KeyPairRecord created = service.create(aliyun(CreateMode.IMPORT));
        cloud.failWith = new ProviderException(ProviderId.ALIYUN, ProviderFailure.REJECTED,
                "InvalidParameter.KeypairAlreadyAttachedInstance", "r", "m", null);
        assertThrows(ProviderException.class, () -> service.deleteRemotely(created.id()));
        assertEquals(1, service.list(KeyPairFilter.ALL).size());

        cloud.failWith = null;
        service.deleteRemotely(created.id());
        assertEquals(List.of("FinanceJoshuaV23"), cloud.deleted);
        assertEquals(List.of(), service.list(KeyPairFilter.ALL));
    }

    @Test
    void tagsOfACloudKeyPairChangeAtTheCloudFirst() throws Exception {
        KeyPairRecord created = service.create(aliyun(CreateMode.IMPORT));
        List<Tag> tags = List.of(new Tag("env", "prod"));
        cloud.failWith = new ProviderException(ProviderId.ALIYUN, ProviderFailure.REJECTED, "OperationDenied.QuotaExceed",
                "r", "m", null);
        assertThrows(ProviderException.class, () -> service.setTags(created.id(), tags));
        assertEquals(created.tags(), service.resolve(created.id().value()).tags(), "a refusal changes nothing here");

        cloud.failWith = null;
        service.setTags(created.id(), tags);
        assertEquals(List.of(tags), cloud.retagged);
        assertEquals(tags, service.resolve(created.id().value()).tags());
    }
}
