package io.yaoshi.app;

import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.about.AboutDialog;
import io.yaoshi.ui.common.ViewLoader;
import io.yaoshi.ui.main.MainController;
import io.yaoshi.ui.main.MainViewModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** Builds every object of the desktop app once, in dependency order, by constructor injection. */
public final class Wiring {

    private final Messages messages;
    private final BuildInfo build;
    private final SettingsStore settings;
    private final ViewLoader views;

    public Wiring(Messages messages, Path dataDir) {
        this.messages = messages;
        this.build = BuildInfo.load();
        this.settings = new SettingsStore(dataDir.resolve("settings.json"));
        AboutDialog about = new AboutDialog(messages, build.version(), dataDir);
        Map<Class<?>, Supplier<?>> controllers = Map.of(
                MainController.class, () -> new MainController(new MainViewModel(messages), about));
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

    public ViewLoader views() {
        return views;
    }
}
