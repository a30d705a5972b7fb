package io.yaoshi.ui.keycreate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.i18n.Messages;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.VaultSession;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.ScriptedCloud;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancel while the create call runs: what was made here is discarded, what a cloud made is kept. */
class KeyCreateViewModelTest {

    @TempDir
    Path dir;

    private final DirectExecutorService worker = new DirectExecutorService();
    private final ScriptedCloud cloud = new ScriptedCloud();
    private VaultSession vault;
    private KeyPairService keys;

    @BeforeEach
    void vault() throws Exception {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        keys = Fixtures.keyService(vault, provider -> cloud);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private KeyCreateViewModel form(ProviderId provider, String name) {
        KeyCreateViewModel form = new KeyCreateViewModel(keys, KeyPairRules.withBundledRegions(),
                RegionCatalog.bundled(), new BackgroundRunner(worker, Runnable::run),
                Messages.forLocale(Locale.ENGLISH), List.of());
        form.placement().providerProperty().set(provider);
        form.nameProperty().set(name);
        if (provider == ProviderId.LOCAL) {
            form.algorithmProperty().set(KeyAlgorithm.ED25519);
        }
        assertTrue(form.createCommand().isExecutable(), "the form is valid");
        return form;
    }

    @Test
    void aLocalKeyPairMadeAfterCancelIsDiscarded() throws Exception {
        KeyCreateViewModel form = form(ProviderId.LOCAL, "laptop");
        worker.hold();
        form.createCommand().execute();
        assertTrue(form.busyProperty().get(), "the call is in flight");

        form.abandon();
        worker.release();

        assertNull(form.createdProperty().get());
        assertEquals(List.of(), keys.list(KeyPairFilter.ALL));
    }

    @Test
    void aCloudKeyPairMadeAfterCancelIsKeptWithItsPrivateKey() throws Exception {
        KeyCreateViewModel form = form(ProviderId.ALIYUN, "web-prod");
        worker.hold();
        form.createCommand().execute();

        form.abandon();
        worker.release();

        assertEquals("web-prod", form.createdProperty().get().name());
        assertEquals(List.of("web-prod"), keys.list(KeyPairFilter.ALL).stream().map(k -> k.name()).toList());
        assertTrue(keys.list(KeyPairFilter.ALL).get(0).hasPrivateKey());
    }

    @Test
    void theTypesOfferedFollowTheProviderWithTheReasonForWhatIsMissing() {
        KeyCreateViewModel form = form(ProviderId.LOCAL, "laptop");
        assertEquals(List.of(KeyAlgorithm.values()), form.algorithms());
        assertEquals("", form.typeNoteProperty().get());
        assertEquals(KeyAlgorithm.ED25519, form.algorithmProperty().get());

        form.placement().providerProperty().set(ProviderId.ALIYUN);
        form.modeProperty().set(io.yaoshi.domain.CreateMode.IMPORT);
        assertFalse(form.algorithms().contains(KeyAlgorithm.ED25519));
        assertTrue(form.algorithms().contains(KeyAlgorithm.ECDSA_P256));
        assertEquals(KeyAlgorithm.DEFAULT, form.algorithmProperty().get(), "a type no longer offered is not kept");
        assertEquals("Aliyun does not accept Ed25519 keys; choose an RSA or ECDSA key.", form.typeNoteProperty().get());
        assertEquals("", form.typeErrorProperty().get(), "nothing offered is refused");

        form.placement().providerProperty().set(ProviderId.UCLOUD);
        assertTrue(form.algorithms().contains(KeyAlgorithm.ED25519));
        assertEquals("", form.typeNoteProperty().get());
    }

    @Test
    void aCreateWhoseAnswerWasLostHoldsItsNameSoItIsNotAskedForTwice() throws Exception {
        KeyCreateViewModel form = form(ProviderId.ALIYUN, "web-prod");
        cloud.failWith = new ProviderException(ProviderId.ALIYUN, ProviderFailure.SERVER_ERROR, "InternalError",
                "r1", "internal", null);

        form.createCommand().execute();

        assertEquals(RemoteState.PENDING, keys.list(KeyPairFilter.ALL).get(0).remoteState());
        assertEquals("A key pair named web-prod already exists here. (KeyPair.AlreadyExist)",
                form.nameErrorProperty().get());
        assertFalse(form.createCommand().isExecutable());
        form.nameProperty().set("web-prod-2");
        assertTrue(form.createCommand().isExecutable(), "another name may be tried");
    }

    @Test
    void theWaitIsSaidInWordsAndTheWordsGoWhenItEnds() throws Exception {
        KeyCreateViewModel local = form(ProviderId.LOCAL, "laptop");
        local.algorithmProperty().set(KeyAlgorithm.RSA_4096);
        worker.hold();
        local.createCommand().execute();
        assertEquals("Generating an RSA 4096 key…", local.progressProperty().get());
        worker.release();
        assertEquals("", local.progressProperty().get());

        KeyCreateViewModel cloud = form(ProviderId.ALIYUN, "web-prod");
        cloud.modeProperty().set(io.yaoshi.domain.CreateMode.PROVIDER);
        worker.hold();
        cloud.createCommand().execute();
        assertEquals("Asking Aliyun to create the key pair…", cloud.progressProperty().get());
        worker.release();
        assertEquals("", cloud.progressProperty().get());
    }
}
