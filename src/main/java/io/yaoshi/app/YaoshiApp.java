package io.yaoshi.app;

import io.yaoshi.files.SafeFiles;
import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.SystemFilePicker;
import io.yaoshi.vault.VaultOptions;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application. Started by {@link Main}; never the jar's main class itself. */
public final class YaoshiApp extends Application {

    private final AppExecutors executors = new AppExecutors();
    private Wiring wiring;

    @Override
    public void init() throws Exception {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw().toArray(String[]::new));
        Locale locale = options.uiLocale();
        // before any FXML or built-in dialog loads, so JavaFX's own buttons speak the same language
        Locale.setDefault(locale);
        Path dataDir = SafeFiles.createOwnerOnlyDirectories(
                options.dataDir().orElseGet(DataDirectory::forCurrentPlatform));
        AppLogging.install(dataDir);
        // the window locks on the user's inactivity (Wiring.AUTO_LOCK_AFTER), not the vault on its own timer, which
        // would lock underneath a user who is reading the list without touching the vault
        Services services = Services.create(Services.vaultFile(options, dataDir),
                VaultOptions.defaults().withIdleTimeout(java.time.Duration.ZERO));
        wiring = new Wiring(Messages.forLocale(locale), dataDir, services, executors.vault(), Platform::runLater,
                new SystemFilePicker());
        Logger log = LoggerFactory.getLogger(YaoshiApp.class);
        log.info("Yaoshi {} starting: Java {}, JavaFX {}, locale {}", wiring.build().version(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version"), locale);
    }

    @Override
    public void start(Stage stage) {
        new MainWindow(wiring).show(stage);
        StartupTimer.afterFirstFrame(millis -> LoggerFactory.getLogger(YaoshiApp.class)
                .info("Main window: first frame {} ms after the process started", millis));
    }

    /** Locks and closes the vault on its own thread, then stops that thread. */
    @Override
    public void stop() {
        executors.vault().submit(() -> {
            wiring.stopSandbox();
            wiring.services().vault().close();
        });
        executors.close();
    }
}
