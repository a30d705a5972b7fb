package io.yaoshi.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yaoshi.domain.Placement;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.i18n.Messages;
import io.yaoshi.provider.RemoteKeyPair;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncViewModelTest {

    @TempDir
    Path dir;

    @Test
    void comparesTheChosenRegionAndSaysEachStatusInTheUsersLanguage() throws Exception {
        try (VaultSession vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault())) {
            vault.create(Fixtures.password());
            vault.save(List.of(Fixtures.record("web", Placement.aliyun("cn-qingdao", ""), List.of())), Map.of());
            ScriptedCloud cloud = new ScriptedCloud();
            cloud.listing.add(new RemoteKeyPair("console-made", "", "11:22", "", Optional.empty(), List.of()));
            SyncViewModel sync = new SyncViewModel(new SyncService(vault, provider -> cloud),
                    Fixtures.keyService(vault, provider -> cloud), RegionCatalog.bundled(),
                    new BackgroundRunner(new DirectExecutorService(), Runnable::run),
                    Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
            int[] settled = {0};
            sync.onSettled(() -> settled[0]++);
            assertEquals("cn-qingdao", sync.regionProperty().get().id());

            sync.compareCommand().execute();

            assertEquals(List.of("仅本地 web", "仅云端 console-made"),
                    sync.rows().stream().map(r -> r.statusText() + " " + r.name()).toList());
            assertEquals("已比较 2 个密钥对。", sync.messageProperty().get());
            assertEquals(1, settled[0]);
            // the console-made key pair has no public key in this listing: it cannot be recorded
            sync.selectedProperty().set(sync.rows().get(1));
            assertEquals(false, sync.recordCommand().isExecutable());
        }
    }
}
