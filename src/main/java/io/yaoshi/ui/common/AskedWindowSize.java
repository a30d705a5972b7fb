package io.yaoshi.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Asks a shown window for a size, and once more when the window manager's first answers replace it. JavaFX 21 on
 * Linux loses sizes under window managers that tell a window its frame's size (GNOME's mutter, openbox): the main
 * window opened at its minimum size whatever it asked, and a dialog grown for a new error line shrank back a moment
 * later (JDK-8316423, fixed in JavaFX 22, which gets no updates; JavaFX 23 and later need Java 21). Those answers come
 * in a burst within a moment of the request, so the size is asked again once they have stopped; only while the
 * request is fresh (a resize later is the user's), never for a maximised window, and only once, so a window manager
 * that means it (a tiling one) has the last word. A window has one request watched at a time: a newer one replaces
 * it. Only JavaFX's GTK windows are watched: elsewhere (Windows, macOS, the headless tests' Monocle) a size asked
 * holds.
 */
public final class AskedWindowSize implements InvalidationListener {

    /** How long the window manager's answers must have stopped before the size is asked again. */
    static final Duration QUIET = Duration.millis(150);
    /** How long after a request a replaced size counts as the window manager's answer rather than the user's resize. */
    static final Duration FRESH = Duration.seconds(1);
    private static final boolean GTK = System.getProperty("os.name", "").startsWith("Linux")
            && !"Monocle".equalsIgnoreCase(System.getProperty("glass.platform", ""));

    private final Window window;
    private final double width;
    private final double height;
    private final long askedAt = System.nanoTime();
    private final PauseTransition quiet = new PauseTransition(QUIET);

    private AskedWindowSize(Window window, double width, double height) {
        this.window = window;
        this.width = width;
        this.height = height;
        quiet.setOnFinished(event -> askAgain());
    }

    /** Sets the size of {@code window}, shown, on the JavaFX thread, and watches that the window manager keeps it. */
    public static void ask(Window window, double width, double height) {
        resize(window, width, height);
        if (GTK) {
            watch(window, width, height);
        }
    }

    /** Watches, on any platform, that the window manager keeps the size just asked of {@code window}. */
    static void watch(Window window, double width, double height) {
        if (window.getProperties().get(AskedWindowSize.class) instanceof AskedWindowSize older) {
            older.stopWatching();
        }
        AskedWindowSize watch = new AskedWindowSize(window, width, height);
        window.getProperties().put(AskedWindowSize.class, watch);
        window.widthProperty().addListener(watch);
        window.heightProperty().addListener(watch);
    }

    /**
     * A size changed: the window manager's burst goes on while the request is fresh; later it is the user's resize.
     * The request's age is checked here rather than by a timer of its own, which would keep JavaFX pulsing all the
     * while.
     */
    @Override
    public void invalidated(Observable size) {
        if (System.nanoTime() - askedAt > FRESH.toMillis() * 1_000_000) {
            stopWatching();
        } else {
            quiet.playFromStart();
        }
    }

    private void askAgain() {
        stopWatching();
        boolean maximized = window instanceof Stage stage && stage.isMaximized();
        if (!maximized) {
            resize(window, width, height);
        }
    }

    /** Only what differs: asking a window for the size it has already moved it to the screen's corner. */
    private static void resize(Window window, double width, double height) {
        if (window.getWidth() != width) {
            window.setWidth(width);
        }
        if (window.getHeight() != height) {
            window.setHeight(height);
        }
    }

    private void stopWatching() {
        window.widthProperty().removeListener(this);
        window.heightProperty().removeListener(this);
        window.getProperties().remove(AskedWindowSize.class, this);
        quiet.stop();
    }
}
