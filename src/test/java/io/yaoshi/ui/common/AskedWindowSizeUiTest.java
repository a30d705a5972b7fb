package io.yaoshi.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rules of asking again for a window's size; the window manager that replaces it (openbox) is met for real by
 * the installer's smoke test. Here the replacement is played by the test, as the window manager does it: a burst of
 * sizes just after the window is shown.
 */
@org.junit.jupiter.api.Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AskedWindowSizeUiTest {

    private Stage stage;

    @Start
    void start(Stage primary) {
        // each test shows a window of its own: a window keeps its state (maximised, listeners) once hidden
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    private void show(double width, double height) {
        stage = new Stage();
        stage.setScene(new Scene(new StackPane()));
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        AskedWindowSize.watch(stage, width, height); // as on GTK: Monocle keeps sizes, so ask() does not watch
    }

    private static void sleep(javafx.util.Duration duration) {
        WaitForAsyncUtils.sleep((long) duration.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSizeTheWindowManagerReplacedAsTheWindowMappedIsAskedAgainOnceItsAnswersStop(FxRobot robot) {
        robot.interact(() -> {
            show(1200, 720);
            stage.setWidth(200); // JavaFX 21 under openbox: 200, then the frame's size added, then the minimum
            stage.setHeight(200);
            stage.setWidth(1202);
            stage.setWidth(640);
            stage.setHeight(400);
        });
        sleep(AskedWindowSize.QUIET);
        assertEquals(1200, stage.getWidth());
        assertEquals(720, stage.getHeight());
    }

    @Test
    void aWindowThatKeptItsSizeIsLeftAloneAndALaterResizeIsTheUsers(FxRobot robot) {
        robot.interact(() -> show(1000, 650));
        sleep(AskedWindowSize.FRESH);
        robot.interact(() -> stage.setWidth(700));
        sleep(AskedWindowSize.QUIET);
        assertEquals(700, stage.getWidth());
        assertEquals(650, stage.getHeight());
    }

    @Test
    void aWindowManagerThatInsistsHasTheLastWord(FxRobot robot) {
        robot.interact(() -> {
            show(1000, 650);
            stage.setWidth(800); // a tiling window manager's tile
        });
        sleep(AskedWindowSize.QUIET);
        assertEquals(1000, stage.getWidth(), "asked again once");
        robot.interact(() -> stage.setWidth(800)); // and it tiles the window again
        sleep(AskedWindowSize.QUIET);
        assertEquals(800, stage.getWidth());
    }

    @Test
    void aNewerRequestReplacesTheOneWatched(FxRobot robot) {
        robot.interact(() -> {
            show(1000, 650);
            stage.setHeight(700); // a dialog grown for an error line
            AskedWindowSize.watch(stage, 1000, 700);
            stage.setHeight(650); // and shrunk back by the window manager
        });
        sleep(AskedWindowSize.QUIET);
        assertEquals(700, stage.getHeight());
    }

    @Test
    void aMaximisedWindowIsNotResized(FxRobot robot) {
        robot.interact(() -> {
            show(1000, 650);
            stage.setMaximized(true);
        });
        sleep(AskedWindowSize.QUIET);
        assertEquals(true, stage.isMaximized());
    }
}
