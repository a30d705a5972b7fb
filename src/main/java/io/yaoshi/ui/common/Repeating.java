package io.yaoshi.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Work that runs on the UI thread at a fixed interval, for as long as the app runs. */
public final class Repeating {

    private Repeating() {
    }

    public static void every(Duration interval, Runnable action) {
        Timeline timeline = new Timeline(new KeyFrame(interval, event -> action.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }
}
