package io.yaoshi.ui.keyimport;

import io.yaoshi.domain.KeyFileProblem;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.KeyFileException;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Importing a key file: the name (the file's name to start with) and, only if the file turns out to be encrypted,
 * its passphrase. Reading and parsing run in the background; every failure is explained and nothing is stored.
 */
public final class KeyImportViewModel {

    private final KeyPairService keys;
    private final BackgroundRunner runner;
    private final Messages text;
    private final Path file;

    private final StringProperty name;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper needsPassphrase = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<KeyPairRecord> imported = new ReadOnlyObjectWrapper<>();
    private final Command importCommand;

    public KeyImportViewModel(KeyPairService keys, BackgroundRunner runner, Messages text, Path file) {
        this.keys = keys;
        this.runner = runner;
        this.text = text;
        this.file = file;
        this.name = new SimpleStringProperty(suggestedName(file));
        importCommand = Command.when(busy.not().and(name.isNotEmpty())
                .and(needsPassphrase.not().or(passphrase.isNotEmpty())), this::importKey);
    }

    /** {@code id_ed25519.pub} → {@code id_ed25519}. */
    static String suggestedName(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private void importKey() {
        char[] secret = needsPassphrase.get() ? passphrase.get().toCharArray() : null;
        String chosenName = name.get();
        runner.task(() -> {
            byte[] content = Files.readAllBytes(file);
            try {
                return keys.importKey(content, io.yaoshi.domain.Placement.local(), chosenName, List.of(),
                        () -> Optional.ofNullable(secret == null ? null : secret.clone()));
            } finally {
                Arrays.fill(content, (byte) 0);
            }
        }).onStart(() -> {
            busy.set(true);
            failure.set("");
        }).onSuccess(record -> {
            passphrase.set("");
            imported.set(record);
        }).onFailure(this::explain).always(() -> {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
            busy.set(false);
        }).run();
    }

    private void explain(Exception e) {
        if (e instanceof KeyFileException k && (k.problem() == KeyFileProblem.PASSPHRASE_REQUIRED
                || k.problem() == KeyFileProblem.WRONG_PASSPHRASE)) {
            needsPassphrase.set(true);
            passphrase.set("");
        }
        failure.set(e instanceof java.io.IOException ? text.format("keyimport.error.read", file)
                : new FailureText(text).describe(e));
    }

    public Path file() {
        return file;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ReadOnlyBooleanProperty needsPassphraseProperty() {
        return needsPassphrase.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KeyPairRecord> importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public Command importCommand() {
        return importCommand;
    }
}
