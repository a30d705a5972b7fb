package io.yaoshi.ui.keycreate;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.validation.Field;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.service.validation.Validation;
import io.yaoshi.service.validation.ValidationError;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import io.yaoshi.ui.tags.TagEditorViewModel;
import io.yaoshi.ui.tags.TagRow;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "new key pair" form: name, key type and up to 20 tags, checked live against the same rules the command line
 * and the emulator use, with each message beside its field. Create is possible only when everything is valid;
 * while the key is generated the form is busy, and a failure keeps what the user typed.
 */
public final class KeyCreateViewModel {

    private final KeyPairService keys;
    private final KeyPairRules rules;
    private final BackgroundRunner runner;
    private final FailureText failures;
    private final List<KeyPairRules.Existing> existing;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<KeyAlgorithm> algorithm = new SimpleObjectProperty<>(KeyAlgorithm.DEFAULT);
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<KeyPairRecord> created = new ReadOnlyObjectWrapper<>();
    private final Command create;
    private final TagEditorViewModel tags;

    /** @param existing the key pairs already in the vault, for the uniqueness rule */
    public KeyCreateViewModel(KeyPairService keys, KeyPairRules rules, BackgroundRunner runner, Messages text,
                              List<KeyPairRecord> existing) {
        this.keys = keys;
        this.rules = rules;
        this.runner = runner;
        this.failures = new FailureText(text);
        this.existing = existing.stream().map(k -> new KeyPairRules.Existing(k.placement(), k.name())).toList();
        create = Command.when(valid.and(busy.not()), this::create);
        tags = new TagEditorViewModel(failures, List.of(), busy.not());
        name.addListener((o, a, b) -> revalidate());
        tags.rows().addListener((javafx.collections.ListChangeListener<TagRow>) change -> revalidate());
        revalidate();
    }

    private KeyPairSpec spec() {
        return new KeyPairSpec(Placement.local(), name.get(), tags.tags(), algorithm.get(), CreateMode.IMPORT);
    }

    /** Puts every broken rule beside its field; the name's message waits until something was typed. */
    private void revalidate() {
        Validation verdict = rules.validateNew(spec(), existing);
        valid.set(verdict.isValid());
        nameError.set(name.get().isEmpty() ? "" : first(verdict.errorsFor(Field.NAME)));
        tags.show(verdict);
    }

    private String first(List<ValidationError> errors) {
        return errors.isEmpty() ? "" : failures.rule(errors.get(0));
    }

    private void create() {
        KeyPairSpec spec = spec();
        runner.task(() -> keys.create(spec))
                .onStart(() -> {
                    busy.set(true);
                    failure.set("");
                })
                .onSuccess(created::set)
                .onFailure(e -> failure.set(failures.describe(e)))
                .always(() -> busy.set(false))
                .run();
    }


    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<KeyAlgorithm> algorithmProperty() {
        return algorithm;
    }

    public TagEditorViewModel tagEditor() {
        return tags;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KeyPairRecord> createdProperty() {
        return created.getReadOnlyProperty();
    }

    public Command createCommand() {
        return create;
    }

}
