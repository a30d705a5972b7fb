package io.yaoshi.app;

import io.yaoshi.agent.Unlock;
import io.yaoshi.ui.main.StatusLine;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A request that reached the agent while the vault is locked: the main window comes forward with its unlock form and
 * says why, and the request waits (bounded) for the user to unlock.
 */
final class DesktopUnlock implements Unlock {

    private final ObservableBooleanValue unlocked;
    private final StatusLine status;
    private final String why;

    /** @param why what the status line says while it waits: who asks for the vault */
    DesktopUnlock(ObservableBooleanValue unlocked, StatusLine status, String why) {
        this.unlocked = unlocked;
        this.status = status;
        this.why = why;
    }

    @Override
    public boolean await(Duration timeout) {
        CountDownLatch open = new CountDownLatch(1);
        ChangeListener<Boolean> opened = (o, was, now) -> {
            if (now) {
                open.countDown();
            }
        };
        Platform.runLater(() -> {
            if (unlocked.get()) {
                open.countDown();
                return;
            }
            unlocked.addListener(opened);
            status.show(why);
            MainWindow.bringForward();
        });
        try {
            return open.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            Platform.runLater(() -> unlocked.removeListener(opened));
        }
    }
}
