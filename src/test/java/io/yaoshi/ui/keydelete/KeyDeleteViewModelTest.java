package io.yaoshi.ui.keydelete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.i18n.Messages;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.ScriptedCloud;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delete confirmation's wording and the deletion itself, against a real vault and a scripted cloud. */
class KeyDeleteViewModelTest {

    @TempDir
    Path dir;

    private final ScriptedCloud aliyun = new ScriptedCloud();
    private final List<String> ended = new ArrayList<>();
    private final List<String> started = new ArrayList<>();
    private VaultSession vault;
    private KeyPairService keys;

    @BeforeEach
    void vault() throws Exception {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        keys = Fixtures.keyService(vault, provider -> aliyun);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private KeyDeleteViewModel deletion(KeyPairRecord key, Locale locale) throws Exception {
        vault.save(List.of(key), Map.of());
        return new KeyDeleteViewModel(keys, new BackgroundRunner(new DirectExecutorService(), Runnable::run),
                Messages.forLocale(locale), key);
    }

    private List<String> namesInVault() throws Exception {
        return keys.list(KeyPairFilter.ALL).stream().map(KeyPairRecord::name).toList();
    }

    /** The same record without its private key, as an imported public key or a key found at a cloud is stored. */
    private static KeyPairRecord publicOnly(KeyPairRecord k) {
        return new KeyPairRecord(k.id(), k.placement(), k.name(), k.algorithm(), k.tags(), k.fingerprints(),
                k.providerKeyId(), k.createdAt(), k.origin(), k.remoteState(), k.publicKey(), false);
    }

    @Test
    void aLocalKeyPairsPromptSpellsOutThePrivateKeyLossAndOffersNoCloud() throws Exception {
        KeyDeleteViewModel deletion = deletion(Fixtures.record("laptop", Placement.local(), List.of()),
                Locale.ENGLISH);

        KeyDeleteViewModel.Prompt prompt = deletion.prompt();

        assertEquals("Delete laptop?", prompt.header());
        assertEquals("Its private key will be removed from this computer for good. Export it first if you may still "
                + "need it.", prompt.body());
        assertFalse(prompt.remoteOffered());
    }

    @Test
    void aPublicOnlyCloudKeyPairSaysOnlyTheEntryGoesAndOffersTheCloudInChinese() throws Exception {
        KeyDeleteViewModel deletion = deletion(publicOnly(Fixtures.record("web",
                Placement.aliyun("cn-hangzhou", ""), List.of())), Locale.SIMPLIFIED_CHINESE);

        KeyDeleteViewModel.Prompt prompt = deletion.prompt();

        assertEquals("删除 web？", prompt.header());
        assertEquals("该条目及其公钥将从保险库中删除。", prompt.body());
        assertTrue(prompt.remoteOffered());
        assertEquals("同时在阿里云删除", prompt.remoteLabel());
    }

    @Test
    void aCloudKeyPairKnownToBeGoneThereIsNotOfferedForDeletionAtTheCloud() throws Exception {
        KeyPairRecord gone = Fixtures.record("web", Placement.aliyun("cn-hangzhou", ""), List.of())
                .withRemoteState(RemoteState.MISSING);

        assertFalse(deletion(gone, Locale.ENGLISH).prompt().remoteOffered());
    }

    @Test
    void aLocalKeyPairDeletedIsGoneFromTheVaultWithItsPrivateKey() throws Exception {
        KeyPairRecord laptop = keys.create(new KeyPairSpec(Placement.local(), "laptop", List.of(),
                KeyAlgorithm.ED25519, CreateMode.IMPORT));
        assertTrue(vault.privateKey(laptop.id()).isPresent());
        KeyDeleteViewModel deletion = new KeyDeleteViewModel(keys,
                new BackgroundRunner(new DirectExecutorService(), Runnable::run), Messages.forLocale(Locale.ENGLISH),
                laptop);

        deletion.delete(false, started::add, ended::add);

        assertEquals(List.of("Deleted laptop (Local)."), ended);
        assertEquals(List.of(), namesInVault());
        assertTrue(vault.privateKey(laptop.id()).isEmpty());
    }

    @Test
    void deletingACloudKeyPairHereOnlyLeavesTheCloudAndTheOtherKeyPairsAlone() throws Exception {
        KeyPairRecord web = Fixtures.record("web", Placement.aliyun("cn-hangzhou", ""), List.of());
        vault.save(List.of(Fixtures.record("laptop", Placement.local(), List.of())), Map.of());
        KeyDeleteViewModel deletion = deletion(web, Locale.ENGLISH);

        deletion.delete(false, started::add, ended::add);

        assertEquals(List.of("Deleted web (Aliyun cn-hangzhou)."), ended, "named with its place: a name may be used twice");
        assertEquals(List.of("laptop"), namesInVault(), "only the chosen key pair goes");
        assertEquals(0, aliyun.calls, "deleting here only does not call the cloud");
    }

    @Test
    void deletingAtTheCloudDeletesItThereByNameAndThenHere() throws Exception {
        KeyDeleteViewModel deletion = deletion(Fixtures.record("web", Placement.aliyun("cn-hangzhou", ""),
                List.of()), Locale.ENGLISH);

        deletion.delete(true, started::add, ended::add);

        assertEquals(List.of("web"), aliyun.deleted);
        assertEquals(List.of("Deleting web at Aliyun…"), started, "the wait for the cloud is said in words");
        assertEquals(List.of("Deleted web (Aliyun cn-hangzhou)."), ended, "named with its place: a name may be used twice");
        assertEquals(List.of(), namesInVault());
    }

    @Test
    void aCloudThatRefusesTheDeletionKeepsTheKeyPairHereAndTheOutcomeSaysWhy() throws Exception {
        aliyun.failWith = new ProviderException(ProviderId.ALIYUN, ProviderFailure.REJECTED,
                "DependencyViolation.KeyPair", "req-42", "the key pair is bound to an instance", null);
        KeyPairRecord web = Fixtures.record("web", Placement.aliyun("cn-hangzhou", ""), List.of());
        KeyDeleteViewModel deletion = deletion(web, Locale.ENGLISH);

        deletion.delete(true, started::add, ended::add);

        assertEquals(List.of("Aliyun refused the request (code DependencyViolation.KeyPair, request req-42)."),
                ended);
        assertEquals(web, keys.resolve("web"), "nothing is deleted or changed here when the cloud refuses");
        assertEquals(List.of(), aliyun.deleted);
    }
}
