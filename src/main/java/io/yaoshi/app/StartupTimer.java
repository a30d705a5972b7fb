package io.yaoshi.app;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Start-up as the user sees it: from the start of the process (the installed launcher's or {@code java}'s, so JVM
 * boot counts; {@link ProcessAge}) to the first pulse after the window was shown, the pulse that draws its first
 * frame. Prints {@value #MARKER}<i>N</i> ms, then the frame's wall-clock time, to standard output: the installer smoke test and the start-up benchmark wait for that
 * line. With {@code -D}{@value #EXIT_AFTER_FIRST_FRAME}{@code =true} the app exits right after it, so a benchmark can
 * start it many times.
 */
public final class StartupTimer {

    public static final String MARKER = "first frame after ";
    /** Followed by the epoch milliseconds of that frame: a benchmark compares it with its own clock at launch. */
    public static final String WALL_CLOCK_MARKER = "first frame at epoch ms ";
    public static final String EXIT_AFTER_FIRST_FRAME = "yaoshi.exitAfterFirstFrame";

    private StartupTimer() {
    }

    /** Call on the JavaFX thread right after {@code stage.show()}; {@code report} gets the milliseconds. */
    public static void afterFirstFrame(LongConsumer report) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                long millis = ProcessAge.millis();
                System.out.println(MARKER + millis + " ms");
                System.out.println(WALL_CLOCK_MARKER + System.currentTimeMillis());
                report.accept(millis);
                if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
                    Platform.exit();
                }
            }
        }.start();
    }
}
