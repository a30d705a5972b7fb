package io.yaoshi.ui.keyexport;

import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.validation.MasterPasswordValidator;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.FailureText;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Exporting one key pair: the format (the one ssh reads for the key's type by default), optional passphrase protection for the formats that have
 * it, a plain warning when a private key would be written unencrypted, and a file name that fits the format.
 */
public final class KeyExportViewModel {

    private final KeyPairService keys;
    private final BackgroundRunner runner;
    private final Messages text;
    private final FailureText failures;
    private final KeyPairRecord key;
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>();
    private final BooleanProperty encrypt = new SimpleBooleanProperty();
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding encryptable;
    private final StringBinding warning;
    private final StringBinding formatNote;
    private final StringBinding passphraseProblem;
    private final BooleanBinding canExport;

    public KeyExportViewModel(KeyPairService keys, BackgroundRunner runner, Messages text, KeyPairRecord key) {
        this.keys = keys;
        this.runner = runner;
        this.text = text;
        this.failures = new FailureText(text);
        this.key = key;
        format.set(key.hasPrivateKey() ? ExportFormat.defaultFor(key.algorithm()) : ExportFormat.PUBLIC);
        formatNote = Bindings.createStringBinding(() -> format.get().unreadableByOlderOpenSsh(key.algorithm())
                ? text.get("keyexport.note.olderOpenSsh") : "", format);
        encryptable = Bindings.createBooleanBinding(() -> format.get().encryptable(), format);
        warning = Bindings.createStringBinding(() -> format.get().containsPrivateKey() && !encrypt.get()
                ? text.get("keyexport.warning.unencrypted") : "", format, encrypt);
        passphraseProblem = Bindings.createStringBinding(this::passphraseProblem, encrypt, encryptable, passphrase,
                confirmation);
        canExport = busy.not().and(Bindings.isEmpty(passphraseProblem));
        format.addListener((o, was, now) -> {
            if (!now.encryptable()) {
                encrypt.set(false);
            }
        });
    }

    /** "OpenSSH" / "PKCS#8 (PEM)"… as the format list shows them. */
    public String formatText(ExportFormat format) {
        return format == null ? "" : text.get("format." + format.id());
    }

    private String passphraseProblem() {
        if (!encrypt.get() || !encryptable.get()) {
            return "";
        }
        if (passphrase.get().codePointCount(0, passphrase.get().length()) < MasterPasswordValidator.MIN_LENGTH) {
            return text.format("keyexport.passphrase.tooShort", MasterPasswordValidator.MIN_LENGTH);
        }
        return passphrase.get().equals(confirmation.get()) ? "" : text.get("keyexport.passphrase.mismatch");
    }

    /** The formats this key pair can be written in: private ones only when the vault holds its private key. */
    public List<ExportFormat> formats() {
        return Arrays.stream(ExportFormat.values())
                .filter(f -> f.supports(key.algorithm()) && (key.hasPrivateKey() || !f.containsPrivateKey()))
                .toList();
    }

    /** {@code <name>.pem}, {@code .key}, {@code .ppk} or {@code .pub}, with characters no file system likes replaced. */
    public String suggestedFileName() {
        String base = key.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        String extension = switch (format.get()) {
            case PKCS8, PKCS1 -> ".pem";
            case OPENSSH -> ".key";
            case PPK -> ".ppk";
            case PUBLIC, RFC4716 -> ".pub";
        };
        return base + extension;
    }

    /** Writes the export to {@code target} in the background; {@link #exportedProperty()} tells when it is done. */
    public void exportTo(Path target) {
        if (!canExport.get()) {
            return;
        }
        char[] secret = encrypt.get() && encryptable.get() ? passphrase.get().toCharArray() : null;
        ExportFormat chosen = format.get();
        runner.task(() -> {
            keys.exportToFile(key.id(), chosen, secret, target, true);
            return target;
        }).onStart(() -> {
            busy.set(true);
            failure.set("");
            progress.set(text.format("keyexport.progress", target.getFileName()));
        }).onSuccess(path -> {
            passphrase.set("");
            confirmation.set("");
            exported.set(path);
        }).onFailure(e -> failure.set(failures.describe(e))).always(() -> {
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

    public KeyPairRecord key() {
        return key;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public BooleanProperty encryptProperty() {
        return encrypt;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public BooleanBinding encryptableBinding() {
        return encryptable;
    }

    /** What the chosen format means for this key's users; empty when nothing needs saying. */
    public StringBinding formatNoteBinding() {
        return formatNote;
    }

    public StringBinding warningBinding() {
        return warning;
    }

    public StringBinding passphraseProblemBinding() {
        return passphraseProblem;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    /** Whether the export can start: not busy, and a valid passphrase when encrypting. */
    public BooleanBinding canExportBinding() {
        return canExport;
    }

    /** The dialog's header: what it does, naming the key pair. */
    public String header() {
        return text.format("keyexport.header", key.name());
    }
}
