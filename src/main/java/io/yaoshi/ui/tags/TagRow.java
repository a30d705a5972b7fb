package io.yaoshi.ui.tags;

import io.yaoshi.domain.Tag;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of the tag editor: key, value and the rule it breaks (empty when none). */
public final class TagRow {

    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    static TagRow of(Tag tag) {
        TagRow row = new TagRow();
        row.key.set(tag.key());
        row.value.set(tag.value());
        return row;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A row left completely empty is not a tag; it is ignored rather than refused. */
    boolean isBlank() {
        return key.get().isEmpty() && value.get().isEmpty();
    }

    Tag tag() {
        return new Tag(key.get(), value.get());
    }
}
