package io.yaoshi.ui.main;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The main window's status line: the last thing that happened, in the user's words. Written on the UI thread. */
public final class StatusLine {

    private final ReadOnlyStringWrapper text;

    public StatusLine(String initial) {
        this.text = new ReadOnlyStringWrapper(initial);
    }

    public void show(String message) {
        text.set(message);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
