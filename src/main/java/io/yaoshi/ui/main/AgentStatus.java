package io.yaoshi.ui.main;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The SSH agent's state for the status bar: a few words ("SSH agent on"), the details for its tooltip (where it
 * listens, or why it does not), and the line a shell needs to use it, which a click copies.
 */
public final class AgentStatus {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportLine = new ReadOnlyStringWrapper("");

    /** Set from the JavaFX thread. */
    public void show(String words, String moreWords, String shellLine) {
        text.set(words);
        details.set(moreWords);
        exportLine.set(shellLine);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** {@code export SSH_AUTH_SOCK=…}; empty while the agent does not run. */
    public ReadOnlyStringProperty exportLineProperty() {
        return exportLine.getReadOnlyProperty();
    }
}
