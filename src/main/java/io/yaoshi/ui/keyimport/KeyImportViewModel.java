package io.yaoshi.ui.keyimport;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyFileProblem;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.i18n.ChoiceTexts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.service.KeyFileException;
import io.yaoshi.service.KeyFiles;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.validation.Field;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.service.validation.Validation;
import io.yaoshi.service.validation.ValidationError;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import io.yaoshi.ui.placement.PlacementViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Importing a key file: where to (this computer, or a cloud too: the public key is uploaded with ImportKeyPair and
 * the private key stays here), the name (the file's name to start with) and, only if the file turns out to be
 * encrypted, its passphrase. Name and placement are checked live against the same rules as a new key pair; reading,
 * parsing and uploading run in the background; every failure is explained and nothing is stored.
 */
public final class KeyImportViewModel {

    private final KeyPairService keys;
    private final BackgroundRunner runner;
    private final Messages text;
    private final Path file;
    private final KeyPairRules rules;
    private final List<KeyPairRules.Existing> existing;
    private final PlacementViewModel placement;
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    private final StringProperty name;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper needsPassphrase = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<KeyPairRecord> imported = new ReadOnlyObjectWrapper<>();
    private final Command importCommand;
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");

    /** @param existing the key pairs already in the vault, for the uniqueness rule */
    public KeyImportViewModel(KeyPairService keys, KeyPairRules rules, RegionCatalog regions, BackgroundRunner runner,
                              Messages text, List<KeyPairRecord> existing, Path file) {
        this.keys = keys;
        this.rules = rules;
        this.runner = runner;
        this.text = text;
        this.file = file;
        this.existing = existing.stream().map(k -> new KeyPairRules.Existing(k.placement(), k.name()))
                .collect(Collectors.toCollection(ArrayList::new));
        this.placement = new PlacementViewModel(regions, text);
        this.name = new SimpleStringProperty(suggestedName(file));
        importCommand = Command.when(busy.not().and(valid)
                .and(needsPassphrase.not().or(passphrase.isNotEmpty())), this::importKey);
        for (Observable input : placement.inputs()) {
            input.addListener(o -> revalidate());
        }
        name.addListener(o -> revalidate());
        revalidate();
    }

    /**
     * Name and placement rules; the key type is known only once the file is read, and the service checks it then
     * (an Ed25519 key cannot go to Aliyun, for one).
     */
    private void revalidate() {
        Validation verdict = rules.validateNew(new KeyPairSpec(placement.placement(), name.get(), List.of(),
                KeyAlgorithm.DEFAULT, CreateMode.IMPORT), existing);
        List<ValidationError> nameErrors = verdict.errorsFor(Field.NAME);
        nameError.set(name.get().isEmpty() || nameErrors.isEmpty() ? ""
                : new FailureText(text).rule(nameErrors.get(0)));
        placement.show(verdict);
        valid.set(verdict.errors().stream().allMatch(e -> e.field() == Field.KEY_TYPE));
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
        Placement where = placement.placement();
        runner.task(() -> {
            byte[] content = KeyFiles.read(file);
            try {
                return keys.importKey(content, where, chosenName, List.of(),
                        () -> Optional.ofNullable(secret == null ? null : secret.clone()));
            } finally {
                Arrays.fill(content, (byte) 0);
            }
        }).onStart(() -> {
            busy.set(true);
            failure.set("");
            progress.set(where.provider().isCloud()
                    ? text.format("keyimport.progress.cloud", new ChoiceTexts(text).provider(where.provider()))
                    : text.get("keyimport.progress.local"));
        }).onSuccess(record -> {
            passphrase.set("");
            imported.set(record);
        }).onFailure(e -> {
            explain(e);
            if (e instanceof ProviderException p && p.outcomeUnknown()) {
                holdName(where, chosenName);
            }
        }).always(() -> {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
            busy.set(false);
            progress.set("");
        }).run();
    }

    /** What the form waits for, in words; empty while it waits for nothing. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** A pending entry now holds this name (the cloud may have the key pair): a second import would clash. */
    private void holdName(Placement where, String taken) {
        existing.add(new KeyPairRules.Existing(where, taken));
        revalidate();
    }

    private void explain(Exception e) {
        if (e instanceof KeyFileException k && (k.problem() == KeyFileProblem.PASSPHRASE_REQUIRED
                || k.problem() == KeyFileProblem.WRONG_PASSPHRASE)) {
            needsPassphrase.set(true);
            passphrase.set("");
        }
        failure.set(new FailureText(text).describe(e));
    }

    public Path file() {
        return file;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public PlacementViewModel placement() {
        return placement;
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
