package io.yaoshi.ui.main;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A failure nobody caught on the JavaFX thread reaches the user, with an error id and details free of secrets. */
class UnexpectedFailureUiTest extends AppUiTest {


    @Test
    void anEventHandlersFailureIsShownWithAnIdAndCopiedWithoutItsMessage(FxRobot robot) throws Exception {
        app.openUnlocked(robot, stage, Locale.ENGLISH);

        Platform.runLater(() -> {
            throw new IllegalStateException("input that might be a secret: hunter2");
        });
        AppHarness.waitForDialog(robot, "#unexpectedFailureDialog");
        String header = robot.lookup("#unexpectedFailureDialog").queryAs(DialogPane.class).getHeaderText();
        assertTrue(header.matches("Yaoshi met an unexpected error \\(E-[0-9A-F]{8}\\)\\."), header);
        String id = header.substring(header.indexOf("E-"), header.indexOf("E-") + 10);

        robot.clickOn("#copyFailureButton");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertTrue(copied.get().contains(id) && copied.get().contains("java.lang.IllegalStateException"),
                copied.get());
        assertFalse(copied.get().contains("hunter2"), "an exception's message may quote a secret");

        robot.push(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#unexpectedFailureDialog").tryQuery().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.L);
        AppHarness.unlock(robot); // the window goes on working
    }
}
