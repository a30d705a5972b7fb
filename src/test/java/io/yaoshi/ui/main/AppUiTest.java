package io.yaoshi.ui.main;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** A test of the whole app in TestFX's stage: a data folder of its own, and the app closed after each test. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
abstract class AppUiTest {

    @TempDir
    Path dataDir;

    Stage stage;
    AppHarness app;

    /** TestFX looks for {@code @Start} in the test class itself only, so the stage is asked for here. */
    @BeforeEach
    void harness() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = new AppHarness(dataDir);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }
}
