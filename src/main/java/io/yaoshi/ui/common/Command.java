package io.yaoshi.ui.common;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A user action of a view model with the condition under which it can run, so a view binds a button's or menu
 * item's {@code disable} to {@code not executable} and its action to {@link #execute()}.
 */
public final class Command {

    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper();
    private final Runnable action;

    private Command(BooleanExpression condition, Runnable action) {
        this.executable.bind(condition);
        this.action = action;
    }

    public static Command when(BooleanExpression condition, Runnable action) {
        return new Command(condition, action);
    }

    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }

    public boolean isExecutable() {
        return executable.get();
    }

    /** Runs the action if it can run now; otherwise does nothing (a stale click or shortcut). */
    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }
}
