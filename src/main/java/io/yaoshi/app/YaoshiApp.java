package io.yaoshi.app;

import io.yaoshi.i18n.Messages;
import io.yaoshi.instance.InstanceSocket;
import io.yaoshi.ui.common.SystemFilePicker;
import io.yaoshi.vault.VaultOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application. Started by {@link Main}; never the jar's main class itself. */
public final class YaoshiApp extends Application {

    private static volatile FutureTask<Prepared> preparing;

    private AppExecutors executors;
    private Wiring wiring;

    /**
     * Starts what {@link #init()} needs (data folder, logging, settings, the services and their wiring) on a
     * background thread, so that it runs while JavaFX starts its toolkit, which {@code Application.launch} does before
     * {@code init()}, instead of after it. Called by {@link Main} just before the launch.
     */
    static void prepare(LaunchOptions options) {
        preparing = new FutureTask<>(() -> Prepared.of(options));
        Thread thread = new Thread(preparing, "yaoshi-startup");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * What init() builds that needs no running toolkit: no node, no window, no {@code Platform.runLater} until the
     * window opens. The settings are read here too: JSON parsing loads some 500 classes, and the wiring as many
     * again, which this way load beside the toolkit's start rather than before the first frame.
     */
    private record Prepared(Path dataDir, Locale locale, AppExecutors executors, Wiring wiring) {
        static Prepared of(LaunchOptions options) throws IOException {
            DataFolder folder = DataFolder.prepare(options.dataDir().orElseGet(DataDirectory::forCurrentPlatform));
            Path dataDir = folder.path();
            if (folder.openToOthers()) {
                LoggerFactory.getLogger(YaoshiApp.class).warn("The data folder {} is open to other users; the files"
                        + " Yaoshi writes in it are owner-only", dataDir);
            }
            SettingsStore store = SettingsStore.in(dataDir);
            Settings settings = store.load();
            Locale locale = options.uiLocale(settings.preferences().language().language());
            // the window locks on the user's inactivity (the auto-lock preference), not the vault on its own timer,
            // which would lock underneath a user who is reading the list without touching the vault
            Services services = Services.create(Services.vaultFile(options, dataDir),
                    VaultOptions.defaults().withIdleTimeout(java.time.Duration.ZERO));
            AppExecutors executors = new AppExecutors();
            Wiring wiring = new Wiring(Messages.forLocale(locale), dataDir, store, settings, services,
                    executors.vault(), Platform::runLater, new SystemFilePicker(), java.time.Clock.systemUTC(),
                    SshPlaces.ofUser(System.getenv(), dataDir));
            return new Prepared(dataDir, locale, executors, wiring);
        }
    }

    @Override
    public void init() throws Exception {
        // the toolkit is up and its thread idle until start(): it parses JavaFX's own stylesheet, which the first
        // control would otherwise, while this thread waits for the wiring
        Platform.runLater(() -> Application.setUserAgentStylesheet(Application.STYLESHEET_MODENA));
        Prepared prepared;
        try {
            prepared = preparing != null ? preparing.get()
                    : Prepared.of(LaunchOptions.parse(getParameters().getRaw().toArray(String[]::new)));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        // before any FXML or built-in dialog loads, so JavaFX's own buttons speak the same language
        Locale.setDefault(prepared.locale());
        executors = prepared.executors();
        wiring = prepared.wiring();
        wiring.startInstance(InstanceSocket.of(prepared.dataDir()));
        Logger log = LoggerFactory.getLogger(YaoshiApp.class);
        log.info("Yaoshi {} starting: Java {}, JavaFX {}, locale {}", wiring.build().version(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version"),
                prepared.locale());
    }

    @Override
    public void start(Stage stage) {
        // the app ends when its window closes, unless it keeps running in the background for its SSH agent
        Platform.setImplicitExit(false);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            if (wiring.keepsRunningInBackground()) {
                LoggerFactory.getLogger(YaoshiApp.class).info("Window closed; running on in the background");
            } else {
                Platform.exit();
            }
        });
        new MainWindow(wiring).show(stage);
        wiring.startAgent();
        StartupTimer.afterFirstFrame(millis -> LoggerFactory.getLogger(YaoshiApp.class)
                .info("Main window: first frame {} ms after the process started", millis));
    }

    /** Takes back the clipboard, locks and closes the vault on its own thread, then stops that thread. */
    @Override
    public void stop() {
        wiring.stopInstance();
        wiring.stopAgent();
        wiring.clearClipboard();
        executors.vault().submit(() -> {
            wiring.stopSandbox();
            wiring.services().vault().close();
        });
        executors.close();
    }
}
