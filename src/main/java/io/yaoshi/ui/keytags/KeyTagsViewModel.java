package io.yaoshi.ui.keytags;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.ChoiceTexts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.validation.TagValidator;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import io.yaoshi.ui.tags.TagEditorViewModel;
import io.yaoshi.ui.tags.TagRow;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

/** Editing an existing key pair's tags, checked live with the same rules as everywhere else. */
public final class KeyTagsViewModel {

    private final KeyPairService keys;
    private final TagValidator rules;
    private final BackgroundRunner runner;
    private final FailureText failures;
    private final KeyPairRecord key;
    private final Messages text;

    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<KeyPairRecord> saved = new ReadOnlyObjectWrapper<>();
    private final TagEditorViewModel tags;
    private final Command save;

    /** What the form waits for, in words; empty while it waits for nothing. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public KeyTagsViewModel(KeyPairService keys, TagValidator rules, BackgroundRunner runner, Messages text,
                            KeyPairRecord key) {
        this.keys = keys;
        this.rules = rules;
        this.runner = runner;
        this.failures = new FailureText(text);
        this.text = text;
        this.key = key;
        this.tags = new TagEditorViewModel(failures, key.tags(), busy.not());
        this.save = Command.when(valid.and(busy.not()), this::save);
        tags.rows().addListener((ListChangeListener<TagRow>) change -> revalidate());
    }

    private void revalidate() {
        var verdict = rules.validate(tags.tags());
        valid.set(verdict.isValid());
        tags.show(verdict);
    }

    private void save() {
        var chosen = tags.tags();
        runner.task(() -> keys.setTags(key.id(), chosen))
                .onStart(() -> {
                    busy.set(true);
                    failure.set("");
                    progress.set(key.mayExistAtCloud() ? text.format("keytags.progress.cloud",
                            new ChoiceTexts(text).provider(key.provider())) : text.get("keytags.progress.local"));
                })
                .onSuccess(saved::set)
                .onFailure(e -> failure.set(failures.describe(e)))
                .always(() -> {
                    busy.set(false);
                    progress.set("");
                })
                .run();
    }

    public KeyPairRecord key() {
        return key;
    }

    public TagEditorViewModel tagEditor() {
        return tags;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KeyPairRecord> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public Command saveCommand() {
        return save;
    }

    /** The dialog's header: what it does, naming the key pair. */
    public String header() {
        return text.format("keytags.header", key.name());
    }
}
