package io.yaoshi.ui.tags;

import io.yaoshi.domain.Tag;
import io.yaoshi.service.validation.Field;
import io.yaoshi.service.validation.TagValidator;
import io.yaoshi.service.validation.Validation;
import io.yaoshi.service.validation.ValidationError;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An editor of up to 20 key/value rows, shared by the new-key-pair form and tag editing. Rows left empty are not
 * tags; each broken rule is shown on its row with the provider's code.
 */
public final class TagEditorViewModel {

    private final FailureText failures;
    private final ObservableList<TagRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.keyProperty(), row.valueProperty()});
    private final ReadOnlyStringWrapper tagsError = new ReadOnlyStringWrapper("");
    private final Command add;

    /** @param enabled when rows may be added (e.g. not while the form is busy) */
    public TagEditorViewModel(FailureText failures, List<Tag> initial, BooleanExpression enabled) {
        this.failures = failures;
        initial.forEach(tag -> rows.add(TagRow.of(tag)));
        add = Command.when(Bindings.size(rows).lessThan(TagValidator.MAX_TAGS).and(enabled),
                () -> rows.add(new TagRow()));
    }

    /** The tags the rows describe, in order, rows left empty skipped. */
    public List<Tag> tags() {
        return filled().stream().map(TagRow::tag).toList();
    }

    /** Puts each tag error of {@code verdict} on its row, and the count error under the list. */
    public void show(Validation verdict) {
        List<TagRow> filled = filled();
        rows.forEach(row -> row.message.set(""));
        for (ValidationError e : verdict.errors()) {
            if (e.index() >= 0 && e.index() < filled.size() && filled.get(e.index()).message.get().isEmpty()) {
                filled.get(e.index()).message.set(failures.rule(e));
            }
        }
        List<ValidationError> count = verdict.errorsFor(Field.TAGS);
        tagsError.set(count.isEmpty() ? "" : failures.rule(count.get(0)));
    }

    public void remove(TagRow row) {
        rows.remove(row);
    }

    private List<TagRow> filled() {
        return rows.stream().filter(row -> !row.isBlank()).toList();
    }

    public ObservableList<TagRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty tagsErrorProperty() {
        return tagsError.getReadOnlyProperty();
    }

    public Command addCommand() {
        return add;
    }
}
