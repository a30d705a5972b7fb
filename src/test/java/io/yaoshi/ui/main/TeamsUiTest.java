package io.yaoshi.ui.main;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** File → Teams… as a user meets it: a refused address is said, and the Close button stays in the window. */
class TeamsUiTest extends AppUiTest {

    @Test
    void aRefusalIsSaidWithoutPushingCloseOutOfTheWindow(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH);
        Platform.runLater(() -> AppHarness.menuItem(robot, "teamsItem").fire());
        AppHarness.waitForDialog(robot, "#teamsDialog");
        AppHarness.waitUntil(() -> !robot.lookup("#teamsIdentity").queryAs(TextField.class).getText().isEmpty());
        assertTrue(robot.lookup("#teamsIdentity").queryAs(TextField.class).getText().startsWith("yaoshi-id1:"));

        robot.interact(() -> {
            robot.lookup("#teamsNewName").queryAs(TextField.class).setText("ops");
            robot.lookup("#teamsNewStore").queryAs(TextField.class).setText("postgresql://ops:pw@db/yaoshi");
        });
        AppHarness.fire(robot, "#teamsCreate");
        AppHarness.waitUntil(() -> AppHarness.label(robot, "#teamsOutcome").contains("holds a password"));

        DialogPane pane = robot.lookup("#teamsDialog").queryAs(DialogPane.class);
        Node close = pane.lookupButton(pane.getButtonTypes().get(0));
        Bounds inWindow = close.localToScene(close.getBoundsInLocal());
        assertTrue(inWindow.getMaxY() <= pane.getScene().getHeight() + 0.5,
                "Close is inside the window: " + inWindow + " in a window " + pane.getScene().getHeight() + " high");
        Platform.runLater(() -> ((Button) close).fire());
        AppHarness.waitUntil(() -> robot.lookup("#teamsDialog").tryQuery().isEmpty());
    }
}
