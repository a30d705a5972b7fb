package io.yaoshi.app;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
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
final class SizeAskedAgain implements InvalidationListener {

    /** How long the window manager's answers must have stopped before the size is asked again. */
    static final Duration QUIET = Duration.millis(150);
    /** How long after showing a replaced size counts as the window manager's doing rather than the user's. */
    static final Duration NEW_WINDOW = Duration.seconds(3);

    private final Stage stage;
    private final double width;
    private final double height;
    private final long shownAt = System.nanoTime();
    private final PauseTransition quiet = new PauseTransition(QUIET);

    private SizeAskedAgain(Stage stage) {
        this.stage = stage;
        this.width = stage.getWidth();
        this.height = stage.getHeight();
        quiet.setOnFinished(event -> askAgain());
    }

    /** Call right after {@code stage.show()}, on the JavaFX thread: the size it holds then is the one asked. */
    static void whenTheWindowManagerReplacesIt(Stage stage) {
        SizeAskedAgain watch = new SizeAskedAgain(stage);
        stage.widthProperty().addListener(watch);
        stage.heightProperty().addListener(watch);
    }

    /**
     * A size changed: the window manager's burst goes on while the window is new; later it is the user's resize. The
     * window's age is checked here rather than by a timer of its own, which would keep JavaFX pulsing all that while.
     */
    @Override
    public void invalidated(Observable size) {
        if (System.nanoTime() - shownAt > NEW_WINDOW.toMillis() * 1_000_000) {
            stopWatching();
        } else {
            quiet.playFromStart();
        }
    }

    private void askAgain() {
        stopWatching();
        if (!stage.isMaximized() && (stage.getWidth() != width || stage.getHeight() != height)) {
            stage.setWidth(width);
            stage.setHeight(height);
        }
    }

    private void stopWatching() {
        stage.widthProperty().removeListener(this);
        stage.heightProperty().removeListener(this);
        quiet.stop();
    }
}
