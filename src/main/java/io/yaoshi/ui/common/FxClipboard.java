package io.yaoshi.ui.common;

import java.time.Duration;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The JavaFX system clipboard and a JavaFX-thread timer, for {@link ClipboardGuard}. */
public final class FxClipboard implements ClipboardGuard.SystemClipboard, ClipboardGuard.Timer {

    @Override
    public Optional<String> text() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() ? Optional.ofNullable(clipboard.getString()) : Optional.empty();
    }

    @Override
    public void put(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void clear() {
        Clipboard.getSystemClipboard().clear();
    }

    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }
}
