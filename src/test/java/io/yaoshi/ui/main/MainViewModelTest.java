package io.yaoshi.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.VaultSession;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.MutableClock;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.ClipboardGuard;
import io.yaoshi.ui.common.DirectExecutorService;
import io.yaoshi.ui.common.FakeClipboard;
import io.yaoshi.ui.keylist.KeyListViewModel;
import io.yaoshi.ui.keyrow.KeyRowFormatter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's logic without a toolkit: service calls run inline, time is a hand-moved clock. */
class MainViewModelTest {

    @TempDir
    Path dir;

    /** Aliyun lists one region more than the bundled list knows. */
    private final io.yaoshi.testing.ScriptedCloud aliyun = new io.yaoshi.testing.ScriptedCloud();
    private final io.yaoshi.domain.Region newRegion = new io.yaoshi.domain.Region(io.yaoshi.domain.ProviderId.ALIYUN,
            "cn-new-1", "华东9（新）", "China (New)", java.util.List.of());

    private final MutableClock clock = new MutableClock();
    private final AtomicReference<Duration> autoLockAfter = new AtomicReference<>(Duration.ofMinutes(5));
    private final FakeClipboard clipboard = new FakeClipboard();
    private VaultSession vault;
    private MainViewModel main;
    private KeyPairActions actions;
    private SandboxSwitch sandbox;

    @BeforeEach
    void unlockedWindow() {
        aliyun.regionList.addAll(RegionCatalog.bundled().regions(io.yaoshi.domain.ProviderId.ALIYUN));
        aliyun.regionList.add(newRegion);
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        Messages text = Messages.forLocale(Locale.ENGLISH);
        BackgroundRunner inline = new BackgroundRunner(new DirectExecutorService(), Runnable::run);
        KeyListViewModel keyList = new KeyListViewModel(() -> Fixtures.keyService(vault), inline, text,
                new KeyRowFormatter(text, RegionCatalog.bundled(), ZoneId.of("UTC")));
        var sync = new io.yaoshi.service.SyncService(vault, provider -> {
            throw new io.yaoshi.provider.ProviderException(provider,
                    io.yaoshi.provider.ProviderFailure.UNAUTHORIZED, "NoCredentials", "", "none", null);
        });
        var regions = new io.yaoshi.service.RegionLists(RegionCatalog.bundled(), provider -> {
            if (provider == io.yaoshi.domain.ProviderId.ALIYUN) {
                return aliyun;
            }
            throw new io.yaoshi.provider.ProviderException(provider,
                    io.yaoshi.provider.ProviderFailure.UNAUTHORIZED, "NoCredentials", "", "", null);
        }, dir.resolve("regions.json"));
        StatusLine status = new StatusLine("");
        main = new MainViewModel(vault, keyList, status, inline, text, new AutoLock(clock, autoLockAfter::get),
                new ClipboardGuard(clipboard, clipboard, () -> Duration.ofSeconds(30)),
                new UnlockFollowUp(sync, regions, inline, text, keyList, status), (damaged, password) -> {
                    throw new AssertionError("no recovery in these tests");
                });
        actions = new KeyPairActions(() -> Fixtures.keyService(vault), Fixtures.keyService(vault), sync, KeyPairRules.withBundledRegions(), regions,
                inline, text, keyList, status);
        sandbox = new SandboxSwitch(new SandboxControl() {
            @Override
            public java.util.List<String> start() {
                throw new UnsupportedOperationException("not started in these tests");
            }

            @Override
            public void stop() {
            }
        }, inline, text, status);
        main.unlockViewModel().passwordProperty().set(new String(Fixtures.PASSWORD));
        main.unlockViewModel().confirmationProperty().set(new String(Fixtures.PASSWORD));
        main.unlockViewModel().submitCommand().execute();
        assertTrue(main.unlockedProperty().get(), "the first run creates and unlocks the vault");
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void locksAfterFiveIdleMinutesAndSaysWhy() {
        clock.advance(Duration.ofMinutes(4));
        main.checkIdle();
        assertTrue(main.unlockedProperty().get());

        clock.advance(Duration.ofMinutes(1));
        main.checkIdle();

        assertFalse(main.unlockedProperty().get());
        assertFalse(vault.isUnlocked(), "the vault's keys are wiped, not just the view hidden");
        assertEquals("Locked after 5 minutes without activity.", main.statusProperty().get());
    }

    @Test
    void activityRestartsTheIdleTime() {
        clock.advance(Duration.ofMinutes(4));
        main.userActive();
        clock.advance(Duration.ofMinutes(4));
        main.checkIdle();
        assertTrue(main.unlockedProperty().get());
    }

    @Test
    void aChangedAutoLockTimeAppliesAtOnce() {
        autoLockAfter.set(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        main.checkIdle();
        assertFalse(main.unlockedProperty().get());
        assertEquals("Locked after 1 minute without activity.", main.statusProperty().get());
    }

    @Test
    void theAgentAndRotationActOnlyOnAKeyPairOfThePersonalVault() throws Exception {
        var key = Fixtures.record("laptop", io.yaoshi.domain.Placement.local(), java.util.List.of());
        vault.save(java.util.List.of(key), java.util.Map.of());
        main.keyListViewModel().reloadAndSelect(key.id());
        assertTrue(main.hasPersonalSelectionBinding().get());
        main.personalKeysShownProperty().set(false); // the switcher chose a team
        assertTrue(main.hasSelectionBinding().get(), "export, tags and delete still apply");
        assertFalse(main.hasPersonalSelectionBinding().get());
    }

    @Test
    void theCopiedPublicKeyIsTakenBackOnLock() throws Exception {
        var key = Fixtures.record("laptop", io.yaoshi.domain.Placement.local(), java.util.List.of());
        vault.save(java.util.List.of(key), java.util.Map.of());
        main.keyListViewModel().reloadAndSelect(key.id());

        main.copyPublicKeyCommand().execute();
        assertEquals(Optional.of(key.publicKey()), clipboard.text());
        assertEquals("Copied the public key of laptop. The clipboard is cleared in 30 seconds.",
                main.statusProperty().get());
        assertTrue(main.clearClipboardCommand().isExecutable());

        main.lockCommand().execute();

        assertEquals(Optional.empty(), clipboard.text());
        assertFalse(main.clearClipboardCommand().isExecutable());
    }

    @Test
    void clearClipboardNowSaysWhetherItClearedAnything() throws Exception {
        var key = Fixtures.record("laptop", io.yaoshi.domain.Placement.local(), java.util.List.of());
        vault.save(java.util.List.of(key), java.util.Map.of());
        main.keyListViewModel().reloadAndSelect(key.id());
        main.copyPublicKeyCommand().execute();
        clipboard.put("copied elsewhere");

        main.clearClipboardCommand().execute();

        assertEquals(Optional.of("copied elsewhere"), clipboard.text());
        assertEquals("The clipboard holds something you copied after Yaoshi did; it was left as it is.",
                main.statusProperty().get());
    }

    @Test
    void onlyRegularFilesAreOfferedForImportAndOnlyWhileUnlocked() throws Exception {
        Path keyFile = java.nio.file.Files.writeString(dir.resolve("id_ed25519.pub"), "ssh-ed25519 AAAA");
        assertEquals(java.util.List.of(keyFile), main.importableFiles(java.util.List.of(keyFile, dir)));

        main.lockCommand().execute();

        assertEquals(java.util.List.of(), main.importableFiles(java.util.List.of(keyFile)));
    }

    @Test
    void aSandboxThatFailsToStartIsNotShownAsRunning() {
        sandbox.runningProperty().set(true); // the user ticks File → Local Sandbox Cloud

        assertFalse(sandbox.runningProperty().get(), "the start failed, so the item must not stay ticked");
        assertTrue(main.statusProperty().get().contains("UnsupportedOperationException"), main.statusProperty().get());
    }

    @Test
    void lockingByHandForgetsTheRows() throws Exception {
        vault.save(java.util.List.of(Fixtures.record("laptop", io.yaoshi.domain.Placement.local(), java.util.List.of())),
                java.util.Map.of());
        main.keyListViewModel().reload();
        assertEquals(1, main.keyListViewModel().allKeys().size());
        main.lockCommand().execute();
        assertEquals(java.util.List.of(), main.keyListViewModel().allKeys());
        assertFalse(main.unlockedProperty().get());
        assertFalse(main.lockCommand().isExecutable());
        assertEquals("Vault locked", main.statusProperty().get());
    }

    @Test
    void aCloudKeyPairOffersDeletionAtTheCloudTooALocalOneDoesNot() throws Exception {
        var cloud = Fixtures.record("web", io.yaoshi.domain.Placement.aliyun("cn-hangzhou", ""), java.util.List.of());
        var local = Fixtures.record("laptop", io.yaoshi.domain.Placement.local(), java.util.List.of());
        vault.save(java.util.List.of(cloud, local), java.util.Map.of());

        main.keyListViewModel().reloadAndSelect(cloud.id());
        assertTrue(actions.newKeyDeleteViewModel().prompt().remoteOffered());
        assertEquals("Delete Here and at Aliyun", actions.newKeyDeleteViewModel().prompt().remoteLabel());

        main.keyListViewModel().reloadAndSelect(local.id());
        assertFalse(actions.newKeyDeleteViewModel().prompt().remoteOffered());
    }

    @Test
    void theNewKeyFormOffersTheRegionsTheCloudListedAtUnlock() {
        var form = actions.newKeyCreateViewModel();
        form.placement().providerProperty().set(io.yaoshi.domain.ProviderId.ALIYUN);
        assertTrue(form.placement().regionChoices().contains(newRegion), "learned when the vault opened");
        assertTrue(form.placement().regionChoices().size() > 1, "the cloud's list, not only the new region");
    }
}
