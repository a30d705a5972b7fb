package io.yaoshi.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.ui.keyrow.KeyRow;
import io.yaoshi.ui.rotation.RotationViewModel;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The Rotate wizard against the sandbox cloud: the plan names the demo servers the key pair opens, Rotate runs every
 * step in view, and the key list then holds the new key pair.
 */
class RotationUiTest extends AppUiTest {

    @Test
    void theWizardShowsThePlanRotatesAndTheListHoldsTheNewKeyPair(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH, AppHarness.aliyunKeyPair("web-prod"));
        AppHarness.startSandbox(robot);
        TableView<KeyRow> keys = robot.lookup("#keyTable").queryTableView();
        AppHarness.waitUntil(() -> keys.getItems().size() == 1);
        robot.interact(() -> keys.getSelectionModel().select(0));

        Platform.runLater(() -> AppHarness.menuItem(robot, "rotateKeyItem").fire());
        AppHarness.waitForDialog(robot, "#rotationDialog");
        TableView<RotationViewModel.ServerRow> servers = robot.lookup("#rotationServers").queryTableView();
        AppHarness.waitUntil(() -> servers.getItems().size() == 2);
        assertEquals("takes effect after a reboot", servers.getItems().get(0).effect());
        CheckBox restart = robot.lookup("#rotationRestart").queryAs(CheckBox.class);
        assertEquals("Restart the running servers now so it takes effect: web-01, web-02", restart.getText());
        assertTrue(AppHarness.label(robot, "#rotationIntro").contains("bound to the 2 server(s) web-prod opens"));

        AppHarness.fire(robot, "#rotationGo");

        AppHarness.waitUntil(() -> AppHarness.label(robot, "#rotationResult").startsWith("Rotated web-prod → web-prod-"));
        ListView<String> log = robot.lookup("#rotationLog").queryListView();
        assertTrue(log.getItems().contains("Binding it to the servers…"), log.getItems().toString());
        assertTrue(log.getItems().stream().anyMatch(l -> l.contains("i-bp1demoweb01: done; takes effect after a reboot")),
                log.getItems().toString());
        AppHarness.fire(robot, "#rotationClose");
        AppHarness.waitUntil(() -> robot.lookup("#rotationDialog").tryQuery().isEmpty());
        AppHarness.waitUntil(() -> keys.getItems().size() == 2);
    }
}
