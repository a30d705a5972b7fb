package io.yaoshi.app;

import io.yaoshi.files.SafeFiles;
import io.yaoshi.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application. Started by {@link Main}; never the jar's main class itself. */
public final class YaoshiApp extends Application {

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
        wiring = new Wiring(Messages.forLocale(locale), dataDir);
        Logger log = LoggerFactory.getLogger(YaoshiApp.class);
        log.info("Yaoshi {} starting: Java {}, JavaFX {}, locale {}", wiring.build().version(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version"), locale);
    }

    @Override
    public void start(Stage stage) {
        new MainWindow(wiring).show(stage);
    }
}
