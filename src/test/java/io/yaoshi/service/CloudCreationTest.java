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
import io.yaoshi.keys.KeyExporter;
import io.yaoshi.keys.KeyGenerator;
import io.yaoshi.provider.CloudKeyProvider;
import io.yaoshi.provider.CreatedKeyPair;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import io.yaoshi.provider.RemoteKeyPair;
import io.yaoshi.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        cloud.nextPrivateKey = pkcs1RsaKey();

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

    private static char[] pkcs1RsaKey() {
        var pair = new KeyGenerator(new SecureRandom()).generate(KeyAlgorithm.RSA_2048, "");
        // Aliyun's documented example: PKCS#1 DER as bare base64, no armour
        String pem = new String(new KeyExporter(new SecureRandom()).export(pair, ExportFormat.PKCS1),
                StandardCharsets.US_ASCII);
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "").toCharArray();
    }

    /** A cloud that answers as the test scripts it and remembers what it was sent. */
    private static final class ScriptedCloud implements CloudKeyProvider {
        char[] nextPrivateKey = pkcs1RsaKey();
        ProviderException failWith;
        int calls;
        final List<String> importedLines = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();

        @Override
        public ProviderId id() {
            return ProviderId.ALIYUN;
        }

        private void answerOrFail() throws ProviderException {
            calls++;
            if (failWith != null) {
                throw failWith;
            }
        }

        @Override
        public CreatedKeyPair create(KeyPairSpec spec) throws ProviderException {
            answerOrFail();
            return new CreatedKeyPair(new RemoteKeyPair(spec.name(), "ssh-abc", "89:f0:ba", "", Optional.empty(),
                    spec.tags()), Optional.ofNullable(nextPrivateKey == null ? null : nextPrivateKey.clone()));
        }

        @Override
        public RemoteKeyPair importPublicKey(KeyPairSpec spec, String publicKeyLine) throws ProviderException {
            answerOrFail();
            importedLines.add(publicKeyLine);
            return new RemoteKeyPair(spec.name(), "", "5d:02", publicKeyLine, Optional.empty(), spec.tags());
        }

        @Override
        public List<RemoteKeyPair> list(Placement scope) {
            return List.of();
        }

        @Override
        public void delete(Placement scope, List<String> keys) throws ProviderException {
            answerOrFail();
            deleted.addAll(keys);
        }
    }
}
