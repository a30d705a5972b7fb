package io.yaoshi.app;

import io.yaoshi.agent.Unlock;
import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.main.StatusLine;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.stage.Stage;

/**
 * A request that reached the agent while the vault is locked: the main window comes forward with its unlock form and
 * says why, and the request waits (bounded) for the user to unlock.
 */
final class DesktopUnlock implements Unlock {

    private final ObservableBooleanValue unlocked;
    private final StatusLine status;
    private final Messages text;

    DesktopUnlock(ObservableBooleanValue unlocked, StatusLine status, Messages text) {
        this.unlocked = unlocked;
        this.status = status;
        this.text = text;
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
            status.show(text.get("main.status.agentWantsUnlock"));
            MainWindow.shown().ifPresent(window -> {
                if (window instanceof Stage stage) {
                    stage.setIconified(false);
                    stage.toFront();
                }
                window.requestFocus();
            });
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
