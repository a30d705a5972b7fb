package io.yaoshi.ui.main;

import io.yaoshi.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/** State of the main window: the status line and the key-pair count shown in the status bar. */
public final class MainViewModel {

    private final ReadOnlyStringWrapper status;
    private final IntegerProperty keyCount = new SimpleIntegerProperty(0);
    private final StringBinding keyCountText;

    public MainViewModel(Messages messages) {
        status = new ReadOnlyStringWrapper(messages.get("main.status.ready"));
        keyCountText = Bindings.createStringBinding(
                () -> messages.format("main.status.keyCount", keyCount.get()), keyCount);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public IntegerProperty keyCountProperty() {
        return keyCount;
    }

    public StringBinding keyCountTextBinding() {
        return keyCountText;
    }
}
