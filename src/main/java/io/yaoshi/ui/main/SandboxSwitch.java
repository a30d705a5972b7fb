package io.yaoshi.ui.main;

import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.FailureText;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** File → Local Sandbox Cloud: starts and stops the sandbox, and says on the status line what the accounts use. */
public final class SandboxSwitch {

    private final SandboxControl sandbox;
    private final BackgroundRunner runner;
    private final Messages text;
    private final StatusLine status;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private boolean settingBack;

    public SandboxSwitch(SandboxControl sandbox, BackgroundRunner runner, Messages text, StatusLine status) {
        this.sandbox = sandbox;
        this.runner = runner;
        this.text = text;
        this.status = status;
        running.addListener((o, was, on) -> {
            if (!settingBack) {
                turn(on);
            }
        });
    }

    /**
     * Whether the sandbox runs. Setting it starts or stops the sandbox; a start that fails sets it back, so the menu
     * item is never ticked while nothing runs.
     */
    public BooleanProperty runningProperty() {
        return running;
    }

    private void turn(boolean on) {
        if (!on) {
            runner.task(() -> {
                        sandbox.stop();
                        return null;
                    })
                    .onSuccess(done -> status.show(text.get("main.status.sandboxStopped")))
                    .run();
            return;
        }
        runner.task(sandbox::start)
                .onSuccess(kept -> status.show(kept.isEmpty() ? text.get("main.status.sandboxStarted")
                        : text.format("main.status.sandboxStartedKept", String.join(", ", kept))))
                .onFailure(e -> {
                    settingBack = true; // nothing runs, so there is nothing to stop
                    running.set(false);
                    settingBack = false;
                    status.show(new FailureText(text).describe(e));
                })
                .run();
    }
}
