package io.yaoshi.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.i18n.Messages;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import io.yaoshi.provider.RemoteKeyPair;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.SyncEntry;
import io.yaoshi.service.SyncService;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.ScriptedCloud;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync dialog over a real vault and a scripted cloud; the work runs inline. */
class SyncViewModelTest {

    private static final Placement HANGZHOU = Placement.aliyun("cn-hangzhou", "");

    @TempDir
    Path dir;

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

    private SyncViewModel dialog(Locale locale, KeyPairRecord... stored) throws Exception {
        vault.save(List.of(stored), Map.of());
        return dialog(locale, new DirectExecutorService());
    }

    private SyncViewModel dialog(Locale locale, DirectExecutorService worker) throws Exception {
        return new SyncViewModel(new SyncService(vault, provider -> cloud), keys, RegionCatalog.bundled(),
                new BackgroundRunner(worker, Runnable::run), Messages.forLocale(locale),
                keys.list(KeyPairFilter.ALL));
    }

    private static KeyPairRecord rsa(String name, Placement placement) {
        return Fixtures.record(name, placement, List.of(), KeyAlgorithm.RSA_2048);
    }

    @Test
    void comparesTheChosenRegionAndSaysEachStatusInTheUsersLanguage() throws Exception {
        cloud.listing.add(new RemoteKeyPair("console-made", "", "11:22", "", Optional.empty(), List.of()));
        SyncViewModel sync = dialog(Locale.SIMPLIFIED_CHINESE, rsa("web", Placement.aliyun("cn-qingdao", "")));
        int[] settled = {0};
        sync.onSettled(() -> settled[0]++);

        sync.compareCommand().execute();

        assertEquals(List.of("仅本地 web", "仅云端 console-made"),
                sync.rows().stream().map(r -> r.statusText() + " " + r.name()).toList());
        assertEquals("已比较 2 个密钥对。", sync.messageProperty().get());
        assertEquals(1, settled[0]);
        // the console-made key pair has no public key in this listing: it cannot be recorded
        assertEquals(SyncViewModel.Action.NONE, sync.rows().get(1).action());
        sync.selectedProperty().set(sync.rows().get(1));
        assertFalse(sync.rowActionCommand().isExecutable());
        assertEquals("", sync.selectedActionText().get());
    }

    @Test
    void startsWithTheCloudAndRegionThatHoldMostKeyPairs() throws Exception {
        SyncViewModel sync = dialog(Locale.ENGLISH, rsa("a", Placement.ucloud("cn-gd", "", "")),
                rsa("b", Placement.ucloud("cn-bj2", "", "")), rsa("c", Placement.ucloud("cn-bj2", "", "")),
                rsa("d", HANGZHOU), rsa("local", Placement.local()));

        assertEquals(ProviderId.UCLOUD, sync.providerProperty().get());
        assertEquals("cn-bj2", sync.regionProperty().get().id());

        sync.providerProperty().set(ProviderId.ALIYUN);
        assertEquals("cn-hangzhou", sync.regionProperty().get().id(), "Aliyun's key pairs are in Hangzhou");
    }

    @Test
    void anEmptyVaultStartsWithTheFirstRegionOfAliyun() throws Exception {
        SyncViewModel sync = dialog(Locale.ENGLISH);

        assertEquals(ProviderId.ALIYUN, sync.providerProperty().get());
        assertEquals(RegionCatalog.bundled().regions(ProviderId.ALIYUN).get(0), sync.regionProperty().get());
    }

    @Test
    void anotherCloudOrRegionClearsTheResultsThatNoLongerApply() throws Exception {
        SyncViewModel sync = dialog(Locale.ENGLISH, rsa("web", HANGZHOU));
        sync.compareCommand().execute();
        assertEquals(1, sync.rows().size());

        sync.regionProperty().set(RegionCatalog.bundled().find(ProviderId.ALIYUN, "cn-beijing").orElseThrow());
        assertEquals(List.of(), sync.rows());
        assertEquals("", sync.messageProperty().get());

        sync.regionProperty().set(RegionCatalog.bundled().find(ProviderId.ALIYUN, "cn-hangzhou").orElseThrow());
        cloud.failWith = new ProviderException(ProviderId.ALIYUN, ProviderFailure.THROTTLED, "Throttling", "r9",
                "slow down", null);
        sync.compareCommand().execute();
        assertEquals("Aliyun asks to slow down; try again in a moment (code Throttling, request r9).",
                sync.failureProperty().get());
        sync.providerProperty().set(ProviderId.UCLOUD);
        assertEquals("", sync.failureProperty().get());
    }

    @Test
    void aKeyPairDeletedInTheConsoleIsUploadedAgainFromItsRow() throws Exception {
        KeyPairRecord web = rsa("web", HANGZHOU);
        SyncViewModel sync = dialog(Locale.ENGLISH, web);
        sync.compareCommand().execute();
        SyncViewModel.Row onlyHere = sync.rows().get(0);
        assertEquals(SyncEntry.Status.ONLY_HERE, onlyHere.status());
        assertEquals(SyncViewModel.Action.UPLOAD_AGAIN, onlyHere.action());
        assertEquals("Upload Again", sync.actionText(onlyHere.action()));

        sync.act(onlyHere);

        assertEquals(List.of(web.publicKey()), cloud.importedLines, "its public key went up again");
        assertEquals(List.of(SyncEntry.Status.IN_BOTH), sync.rows().stream().map(SyncViewModel.Row::status).toList(),
                "compared again");
        assertEquals(RemoteState.PRESENT, keys.resolve("web").remoteState());
        assertEquals(SyncViewModel.Action.NONE, sync.rows().get(0).action());
        assertEquals("", sync.selectedActionText().get(), "the acted-on row is gone with the old results");
        assertFalse(sync.rowActionCommand().isExecutable());
    }

    @Test
    void theWaitForAnUploadIsSaidInWordsAndItsFailureAsAnError() throws Exception {
        vault.save(List.of(rsa("web", HANGZHOU)), Map.of());
        DirectExecutorService worker = new DirectExecutorService();
        SyncViewModel sync = dialog(Locale.SIMPLIFIED_CHINESE, worker);
        sync.compareCommand().execute();
        cloud.failWith = new ProviderException(ProviderId.ALIYUN, ProviderFailure.REJECTED, "QuotaExceed.KeyPair",
                "r2", "quota", null);
        worker.hold();

        sync.act(sync.rows().get(0));

        assertEquals("正在将 web 的公钥重新上传到阿里云…", sync.progressProperty().get());
        assertTrue(sync.busyProperty().get());
        assertFalse(sync.compareCommand().isExecutable(), "one thing at a time");
        worker.release();
        assertEquals("", sync.progressProperty().get());
        assertTrue(sync.failureProperty().get().contains("QuotaExceed.KeyPair"), sync.failureProperty().get());
        assertEquals(RemoteState.MISSING, keys.resolve("web").remoteState(), "a refusal changes nothing here");
    }
}
