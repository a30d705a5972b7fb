package io.yaoshi.app;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Asks once more for the size a window was given before it was shown, when the window manager's first answers
 * replaced it. JavaFX 21 on Linux loses that size under window managers that tell a window its frame's size (GNOME's
 * mutter, openbox): the main window opened at its minimum size whatever it asked (JDK-8316423, fixed in JavaFX 22,
 * which gets no updates; JavaFX 23 and later need Java 21). Those answers come in a burst as the window maps, so the
 * size is asked again once they have stopped for a moment; only while the window is new, never for a maximised one,
 * and only once, so a window manager that means it (a tiling one) has the last word.
 */
final class SizeAskedAgain {

    /** How long the window manager's answers must have stopped before the size is asked again. */
    static final Duration QUIET = Duration.millis(150);
    /** How long after showing a replaced size counts as the window manager's doing rather than the user's. */
    static final Duration NEW_WINDOW = Duration.seconds(3);

    private SizeAskedAgain() {
    }

    /** Call right after {@code stage.show()}, on the JavaFX thread: the size it holds then is the one asked. */
    static void whenTheWindowManagerReplacesIt(Stage stage) {
        double width = stage.getWidth();
        double height = stage.getHeight();
        PauseTransition quiet = new PauseTransition(QUIET);
        PauseTransition settled = new PauseTransition(NEW_WINDOW);
        InvalidationListener changed = observable -> quiet.playFromStart();
        Runnable stopWatching = () -> {
            stage.widthProperty().removeListener(changed);
            stage.heightProperty().removeListener(changed);
            quiet.stop();
            settled.stop();
        };
        quiet.setOnFinished(event -> {
            stopWatching.run();
            if (!stage.isMaximized() && (stage.getWidth() != width || stage.getHeight() != height)) {
                stage.setWidth(width);
                stage.setHeight(height);
            }
        });
        settled.setOnFinished(event -> stopWatching.run());
        stage.widthProperty().addListener(changed);
        stage.heightProperty().addListener(changed);
        settled.play();
    }
}
