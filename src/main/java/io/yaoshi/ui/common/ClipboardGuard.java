package io.yaoshi.ui.common;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Everything Yaoshi puts on the system clipboard goes through here, and is taken back after the time the user chose,
 * when the vault locks, when the app exits, or on "Clear Clipboard Now" — but only while the clipboard still holds
 * exactly what Yaoshi put there: whatever the user copied since is theirs and left alone. Used on the JavaFX thread.
 */
public final class ClipboardGuard {

    /** The system clipboard's text. */
    public interface SystemClipboard {
        Optional<String> text();

        void put(String text);

        void clear();
    }

    /** Runs an action once after a delay, on the UI thread; the returned handle cancels it. */
    public interface Timer {
        Runnable schedule(Duration delay, Runnable action);
    }

    /** What a clear did. */
    public enum Outcome {
        /** The clipboard held what Yaoshi put there and is now empty. */
        CLEARED,
        /** The clipboard holds something else (the user copied since); it was left as it is. */
        LEFT_ALONE,
        /** Yaoshi had nothing on the clipboard. */
        NOTHING_PLACED
    }

    private final SystemClipboard clipboard;
    private final Timer timer;
    private final Supplier<Duration> clearAfter;
    private final ReadOnlyBooleanWrapper holding = new ReadOnlyBooleanWrapper();
    private String placed;
    private Runnable pendingClear = () -> { };

    /** @param clearAfter read at each copy, so a changed preference applies to the next one */
    public ClipboardGuard(SystemClipboard clipboard, Timer timer, Supplier<Duration> clearAfter) {
        this.clipboard = clipboard;
        this.timer = timer;
        this.clearAfter = clearAfter;
    }

    /** Puts the text on the clipboard and schedules taking it back; returns after how long that happens. */
    public Duration copy(String text) {
        pendingClear.run();
        clipboard.put(text);
        placed = text;
        holding.set(true);
        Duration delay = clearAfter.get();
        pendingClear = timer.schedule(delay, this::clear);
        return delay;
    }

    /** Takes back what Yaoshi put on the clipboard, if it is still there. */
    public Outcome clear() {
        pendingClear.run();
        pendingClear = () -> { };
        String ours = placed;
        placed = null;
        holding.set(false);
        if (ours == null) {
            return Outcome.NOTHING_PLACED;
        }
        if (clipboard.text().filter(ours::equals).isEmpty()) {
            return Outcome.LEFT_ALONE;
        }
        clipboard.clear();
        return Outcome.CLEARED;
    }

    /** True from a copy until it is cleared or its time is up. */
    public ReadOnlyBooleanProperty holdingProperty() {
        return holding.getReadOnlyProperty();
    }
}
