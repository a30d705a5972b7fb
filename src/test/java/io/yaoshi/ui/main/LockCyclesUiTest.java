package io.yaoshi.ui.main;

import static io.yaoshi.ui.main.AppHarness.label;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yaoshi.domain.Placement;
import io.yaoshi.domain.Tag;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.ui.keyrow.KeyRow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Lock and unlock, again and again, as a user does during a day: every key pair must come back every time. */
@org.junit.jupiter.api.Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LockCyclesUiTest {

    @TempDir
    Path dataDir;

    private Stage stage;
    private AppHarness app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void harness() throws Exception {
        app = new AppHarness(dataDir);
        app.seedVault(Fixtures.record("web-prod", Placement.aliyun("cn-hangzhou", ""), List.of(new Tag("env", "prod"))),
                Fixtures.record("laptop", Placement.local(), List.of()));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private static TableView<KeyRow> table(FxRobot robot) {
        return robot.lookup("#keyTable").queryTableView();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> regions(FxRobot robot) {
        return (ComboBox<String>) robot.lookup("#regionFilter").query();
    }


    private static void lockByKeyboard(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.L);
        AppHarness.waitUntil(() -> robot.lookup("#unlockPane").query().isVisible());
    }

    private static void assertEverythingShown(FxRobot robot, String count) throws Exception {
        AppHarness.waitUntil(() -> table(robot).getItems().size() == 2);
        assertEquals(count, label(robot, "#keyCountLabel"));
        assertEquals(List.of("", "cn-hangzhou"), regions(robot).getItems());
    }

    @Test
    void threeLockUnlockCyclesInARowShowEveryKeyPairEachTime(FxRobot robot) throws Exception {
        app.openAndUnlock(robot, stage, Locale.ENGLISH);
        assertEverythingShown(robot, "2 key pairs");
        for (int cycle = 1; cycle <= 3; cycle++) {
            lockByKeyboard(robot);
            AppHarness.unlock(robot);
            assertEverythingShown(robot, "2 key pairs");
            // the combo box shows its choice again a pulse after its items were replaced (Views.bindChoice)
            AppHarness.waitUntil(() -> "".equals(regions(robot).getValue()));
        }
    }

    @Test
    void filtersSetBeforeLockingStillApplyAfterUnlocking(FxRobot robot) throws Exception {
        app.openAndUnlock(robot, stage, Locale.SIMPLIFIED_CHINESE);
        AppHarness.waitUntil(() -> table(robot).getItems().size() == 2);
        robot.interact(() -> regions(robot).setValue("cn-hangzhou"));
        AppHarness.waitUntil(() -> table(robot).getItems().size() == 1);

        for (int cycle = 1; cycle <= 2; cycle++) {
            lockByKeyboard(robot);
            AppHarness.unlock(robot);
            AppHarness.waitUntil(() -> table(robot).getItems().size() == 1);
            assertEquals("web-prod", table(robot).getItems().get(0).name());
            assertEquals("显示 1 个，共 2 个密钥对", label(robot, "#keyCountLabel"));
            AppHarness.waitUntil(() -> "cn-hangzhou".equals(regions(robot).getValue()));
            assertEquals(List.of("", "cn-hangzhou"), regions(robot).getItems());
        }

        robot.interact(() -> regions(robot).setValue(""));
        robot.clickOn("#searchField").write("lap");
        AppHarness.waitUntil(() -> table(robot).getItems().size() == 1);
        lockByKeyboard(robot);
        AppHarness.unlock(robot);
        AppHarness.waitUntil(() -> table(robot).getItems().size() == 1);
        assertEquals("laptop", table(robot).getItems().get(0).name());
        assertEquals("lap", robot.lookup("#searchField").queryAs(TextField.class).getText());
    }

    @Test
    void afterAnAutoLockTheUnlockShowsEveryKeyPair(FxRobot robot) throws Exception {
        app.openAndUnlock(robot, stage, Locale.ENGLISH);
        assertEverythingShown(robot, "2 key pairs");
        for (int cycle = 1; cycle <= 2; cycle++) {
            app.clock.advance(Duration.ofMinutes(6));
            // the status is read off the FX thread: wait for the auto-lock's sentence rather than race it
            AppHarness.waitUntil(() -> label(robot, "#statusLabel").equals("Locked after 5 minutes without activity."));
            assertEquals(true, robot.lookup("#unlockPane").query().isVisible());
            AppHarness.unlock(robot);
            assertEverythingShown(robot, "2 key pairs");
        }
    }
}
