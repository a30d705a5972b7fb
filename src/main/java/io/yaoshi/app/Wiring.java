package io.yaoshi.app;

import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.about.AboutDialog;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.UiExecutor;
import io.yaoshi.ui.common.ViewLoader;
import io.yaoshi.ui.keylist.KeyListController;
import io.yaoshi.ui.keylist.KeyListViewModel;
import io.yaoshi.ui.keylist.KeyRowFormatter;
import io.yaoshi.ui.main.MainController;
import io.yaoshi.ui.main.MainViewModel;
import io.yaoshi.ui.vaultunlock.VaultUnlockController;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/** Builds every object of the desktop app once, in dependency order, by constructor injection. */
public final class Wiring {

    private final Messages messages;
    private final BuildInfo build;
    private final SettingsStore settings;
    private final Services services;
    private final ViewLoader views;

    /**
     * @param worker the thread all service calls run on (the vault session is confined to it)
     * @param ui     where their results are delivered: the JavaFX thread
     */
    public Wiring(Messages messages, Path dataDir, Services services, ExecutorService worker, UiExecutor ui) {
        this.messages = messages;
        this.build = BuildInfo.load();
        this.settings = new SettingsStore(dataDir.resolve("settings.json"));
        this.services = services;
        BackgroundRunner runner = new BackgroundRunner(worker, ui);
        KeyRowFormatter rows = new KeyRowFormatter(messages, RegionCatalog.bundled(), ZoneId.systemDefault());
        KeyListViewModel keyList = new KeyListViewModel(services.keys(), runner, messages, rows);
        MainViewModel main = new MainViewModel(services.vault(), runner, messages, keyList);
        AboutDialog about = new AboutDialog(messages, build.version(), dataDir);
        Map<Class<?>, Supplier<?>> controllers = Map.of(
                MainController.class, () -> new MainController(main, about),
                VaultUnlockController.class, () -> new VaultUnlockController(main.unlockViewModel()),
                KeyListController.class, () -> new KeyListController(keyList));
        this.views = new ViewLoader(messages, controllers);
    }

    public Messages messages() {
        return messages;
    }

    public BuildInfo build() {
        return build;
    }

    public SettingsStore settings() {
        return settings;
    }

    public Services services() {
        return services;
    }

    public ViewLoader views() {
        return views;
    }
}
