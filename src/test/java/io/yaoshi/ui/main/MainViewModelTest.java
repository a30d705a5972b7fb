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
import io.yaoshi.ui.common.DirectExecutorService;
import io.yaoshi.ui.keylist.KeyListViewModel;
import io.yaoshi.ui.keylist.KeyRowFormatter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's logic without a toolkit: service calls run inline, time is a hand-moved clock. */
class MainViewModelTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private VaultSession vault;
    private MainViewModel main;

    @BeforeEach
    void unlockedWindow() {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        Messages text = Messages.forLocale(Locale.ENGLISH);
        BackgroundRunner inline = new BackgroundRunner(new DirectExecutorService(), Runnable::run);
        KeyListViewModel keyList = new KeyListViewModel(Fixtures.keyService(vault), inline, text,
                new KeyRowFormatter(text, RegionCatalog.bundled(), ZoneId.of("UTC")));
        main = new MainViewModel(vault, Fixtures.keyService(vault), new io.yaoshi.service.SyncService(vault,
                provider -> {
                    throw new io.yaoshi.provider.ProviderException(provider,
                            io.yaoshi.provider.ProviderFailure.UNAUTHORIZED, "NoCredentials", "", "none", null);
                }), KeyPairRules.withBundledRegions(), inline, text, keyList, clock, Duration.ofMinutes(5),
                new SandboxControl() {
                    @Override
                    public java.util.List<String> start() {
                        throw new UnsupportedOperationException("not started in these tests");
                    }

                    @Override
                    public void stop() {
                    }
                });
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
    void lockingByHandForgetsTheRows() {
        main.lockCommand().execute();
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
        assertTrue(main.deletePrompt().remoteOffered());
        assertEquals("Delete Here and at Aliyun", main.deletePrompt().remoteLabel());

        main.keyListViewModel().reloadAndSelect(local.id());
        assertFalse(main.deletePrompt().remoteOffered());
    }
}
