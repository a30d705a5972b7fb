package io.yaoshi.ui.keyimport;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyFileProblem;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.PublicHalf;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.i18n.ChoiceTexts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.service.KeyFileException;
import io.yaoshi.service.KeyFilePreview;
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
import javafx.beans.binding.BooleanBinding;
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
 * the private key stays here), the name (the file's name to start with) and, if the file is encrypted, its passphrase.
 * The file is read at once, in the background: its type and fingerprint are shown, a file that holds no key is
 * refused before anything else, and a key already in the vault is named. Name, placement and key type are checked
 * live against the same rules as a new key pair; every failure is explained and nothing is stored.
 */
public final class KeyImportViewModel {

    private final KeyPairService keys;
    private final BackgroundRunner runner;
    private final Messages text;
    private final ChoiceTexts choices;
    private final Path file;
    private final KeyPairRules rules;
    private final List<KeyPairRules.Existing> existing;
    private final PlacementViewModel placement;
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper typeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    private final StringProperty name;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<KeyFilePreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper alreadyHere = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper needsPassphrase = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<KeyPairRecord> imported = new ReadOnlyObjectWrapper<>();
    private final Command importCommand;
    private final BooleanBinding locked = busy.or(fileProblem.isNotEmpty());
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");

    /** @param existing the key pairs already in the vault, for the uniqueness rule */
    public KeyImportViewModel(KeyPairService keys, KeyPairRules rules, RegionCatalog regions, BackgroundRunner runner,
                              Messages text, List<KeyPairRecord> existing, Path file) {
        this.keys = keys;
        this.rules = rules;
        this.runner = runner;
        this.text = text;
        this.choices = new ChoiceTexts(text);
        this.file = file;
        this.existing = existing.stream().map(k -> new KeyPairRules.Existing(k.placement(), k.name()))
                .collect(Collectors.toCollection(ArrayList::new));
        this.placement = new PlacementViewModel(regions, text);
        this.name = new SimpleStringProperty(suggestedName(file));
        importCommand = Command.when(busy.not().and(valid).and(preview.isNotNull())
                .and(needsPassphrase.not().or(passphrase.isNotEmpty())), this::importKey);
        for (Observable input : placement.inputs()) {
            input.addListener(o -> choiceChanged());
        }
        name.addListener(o -> choiceChanged());
        passphrase.addListener(o -> failure.set(""));
        revalidate();
        readFile();
    }

    /** What an earlier attempt said no longer applies once the user changes the request. */
    private void choiceChanged() {
        failure.set("");
        revalidate();
    }

    /**
     * Name, placement and key-type rules. The type is known once the file is read (an Ed25519 key cannot go to
     * Aliyun, for one); an encrypted PEM key shows it only when decrypted, and the service checks it then.
     */
    private void revalidate() {
        Optional<KeyAlgorithm> algorithm = knownAlgorithm();
        Validation verdict = rules.validateNew(new KeyPairSpec(placement.placement(), name.get(), List.of(),
                algorithm.orElse(KeyAlgorithm.DEFAULT), CreateMode.IMPORT), existing);
        List<ValidationError> nameErrors = verdict.errorsFor(Field.NAME);
        nameError.set(name.get().isEmpty() || nameErrors.isEmpty() ? ""
                : new FailureText(text).rule(nameErrors.get(0)));
        List<ValidationError> typeErrors = algorithm.isPresent() ? verdict.errorsFor(Field.KEY_TYPE) : List.of();
        typeError.set(typeErrors.isEmpty() ? "" : new FailureText(text).rule(typeErrors.get(0)));
        placement.show(verdict);
        valid.set(verdict.errors().stream().allMatch(e -> e.field() == Field.KEY_TYPE && algorithm.isEmpty()));
    }

    private Optional<KeyAlgorithm> knownAlgorithm() {
        return Optional.ofNullable(preview.get()).flatMap(KeyFilePreview::publicHalf).map(PublicHalf::algorithm);
    }

    private void readFile() {
        runner.task(() -> {
            byte[] content = KeyFiles.read(file);
            try {
                return keys.preview(content);
            } finally {
                Arrays.fill(content, (byte) 0);
            }
        }).onStart(() -> {
            busy.set(true);
            progress.set(text.get("keyimport.progress.reading"));
        }).onSuccess(this::show).onFailure(e -> fileProblem.set(new FailureText(text).describe(e))).always(() -> {
            busy.set(false);
            progress.set("");
        }).run();
    }

    private void show(KeyFilePreview read) {
        summary.set(read.publicHalf().map(half -> text.format(
                        read.privateKey() ? "keyimport.summary.private" : "keyimport.summary.public",
                        choices.keyType(half.algorithm())))
                .orElse(text.get("keyimport.summary.sealed")));
        fingerprint.set(read.publicHalf().map(half -> half.fingerprints().sha256()).orElse(""));
        alreadyHere.set(read.alreadyHere().isEmpty() ? "" : text.format("keyimport.alreadyHere",
                read.alreadyHere().stream().map(k -> text.format("keyimport.alreadyHere.entry", k.name(),
                        choices.place(k.placement()))).collect(Collectors.joining(text.get("list.separator")))));
        needsPassphrase.set(read.encrypted());
        preview.set(read);
        revalidate();
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
                    ? text.format("keyimport.progress.cloud", choices.provider(where.provider()))
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

    /** "Ed25519 private key", once the file is read. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The key's SHA256 fingerprint as {@code ssh-keygen -l} prints it; empty while not known. */
    public ReadOnlyStringProperty fingerprintProperty() {
        return fingerprint.getReadOnlyProperty();
    }

    /** Whether the form takes no input: while it works, or when the file holds no key to import. */
    public BooleanBinding lockedProperty() {
        return locked;
    }

    /** Why the file cannot be imported at all (it holds no key Yaoshi reads); empty while it can. */
    public ReadOnlyStringProperty fileProblemProperty() {
        return fileProblem.getReadOnlyProperty();
    }

    /** The key pairs here with the same key, named; empty when there are none. */
    public ReadOnlyStringProperty alreadyHereProperty() {
        return alreadyHere.getReadOnlyProperty();
    }

    /** Why the chosen place does not take this type of key; empty when it does or the type is not known yet. */
    public ReadOnlyStringProperty typeErrorProperty() {
        return typeError.getReadOnlyProperty();
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
