package io.yaoshi.ui.vaultunlock;

import io.yaoshi.domain.VaultProblem;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.ValidationException;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First run and unlock: create a vault (password, confirmation, strength hint) or unlock the existing one. The
 * key derivation takes about a second, so it runs in the background with a busy state; a wrong password is said
 * plainly and the field is cleared.
 */
public final class VaultUnlockViewModel {

    /** Whether the user is creating the vault or unlocking it. */
    public enum Mode { CREATE, UNLOCK }

    private final VaultSession vault;
    private final BackgroundRunner runner;
    private final Messages text;
    private final Consumer<VaultSession.UnlockOutcome> onUnlocked;

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.UNLOCK);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ObjectBinding<PasswordStrength> level;
    private final StringBinding strength;
    // made once and held here: a binding nothing holds is collected, and its listeners with it
    private final DoubleBinding strengthMeter;
    private final StringBinding strengthStyle;
    private final Command submit;

    public VaultUnlockViewModel(VaultSession vault, BackgroundRunner runner, Messages text,
                               Consumer<VaultSession.UnlockOutcome> onUnlocked) {
        this.vault = vault;
        this.runner = runner;
        this.text = text;
        this.onUnlocked = onUnlocked;
        level = Bindings.createObjectBinding(() -> mode.get() == Mode.CREATE && !password.get().isEmpty()
                ? PasswordStrength.of(password.get()) : null, password, mode);
        strength = Bindings.createStringBinding(() -> level.get() == null ? ""
                : text.get("unlock.strength." + level.get().name()), level);
        strengthMeter = Bindings.createDoubleBinding(() -> level.get() == null ? 0 : level.get().meter(), level);
        strengthStyle = Bindings.createStringBinding(() -> level.get() == null ? ""
                : "strength-" + level.get().name().toLowerCase(Locale.ROOT).replace('_', '-'), level);
        // a new password too short for the rule cannot be submitted; the meter says why
        submit = Command.when(busy.not().and(password.isNotEmpty()).and(mode.isEqualTo(Mode.UNLOCK)
                .or(confirmation.isNotEmpty().and(level.isNotEqualTo(PasswordStrength.TOO_SHORT)))), this::submit);
        password.addListener((o, was, now) -> error.set(""));
        confirmation.addListener((o, was, now) -> error.set(""));
    }

    /**
     * Looks at the disk for an existing vault; call before showing the view. An existing vault's file opens while the
     * password is typed, so the unlock after it only derives the key and reads the items, and what is wrong with the
     * file shows before the password is asked for.
     */
    public void refresh() {
        mode.set(vault.exists() ? Mode.UNLOCK : Mode.CREATE);
        if (mode.get() == Mode.CREATE) {
            runner.task(PasswordStrength::prepare).run(); // the meter follows the new password from its first key
        } else {
            runner.task(() -> {
                vault.open();
                return null;
            }).onFailure(failure -> error.set(new FailureText(text).describe(failure))).run();
        }
    }

    private void submit() {
        if (mode.get() == Mode.CREATE && !password.get().equals(confirmation.get())) {
            error.set(text.get("unlock.error.mismatch"));
            return;
        }
        char[] secret = password.get().toCharArray();
        boolean creating = mode.get() == Mode.CREATE;
        runner.task(() -> creating ? vault.create(secret) : vault.unlock(secret))
                .onStart(() -> {
                    busy.set(true);
                    error.set("");
                    progress.set(text.get(creating ? "unlock.progress.create" : "unlock.progress.unlock"));
                })
                .onSuccess(outcome -> {
                    password.set("");
                    confirmation.set("");
                    onUnlocked.accept(outcome);
                })
                .onFailure(this::explain)
                .always(() -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                    progress.set("");
                })
                .run();
    }

    private void explain(Exception failure) {
        if (failure instanceof VaultAccessException) {
            password.set(""); // first: editing the password clears the error
            confirmation.set("");
        }
        if (failure instanceof VaultAccessException e && e.problem() == VaultProblem.ALREADY_EXISTS) {
            refresh(); // made meanwhile, e.g. by yaoshi init: this form now unlocks it
            error.set(text.get("unlock.error.vaultAppeared"));
            return;
        }
        error.set(failure instanceof ValidationException v
                ? text.format(v.validation().errors().get(0).messageKey(), v.validation().errors().get(0).args()
                        .toArray())
                : new FailureText(text).describe(failure));
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the form waits for, in words; empty while it waits for nothing. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the strength meter says of a new password; empty when unlocking or nothing is typed. */
    public StringBinding strengthBinding() {
        return strength;
    }

    /** How full the strength meter is, 0 to 1; 0 when unlocking or nothing is typed. */
    public DoubleBinding strengthMeterBinding() {
        return strengthMeter;
    }

    /** The meter's style: {@code strength-weak}, {@code strength-strong} and so on; empty when not shown. */
    public StringBinding strengthStyleBinding() {
        return strengthStyle;
    }

    public Command submitCommand() {
        return submit;
    }
}
