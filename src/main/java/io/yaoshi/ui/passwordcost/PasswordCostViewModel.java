package io.yaoshi.ui.passwordcost;

import io.yaoshi.i18n.Messages;
import io.yaoshi.service.VaultSession;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import io.yaoshi.vault.KdfParameters;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Measure Again": times Argon2id on this computer anew and re-wraps the vault key with the cost it finds, under the
 * same password. Worth it after moving to a faster computer, or when the vault was made while the computer was busy.
 */
public final class PasswordCostViewModel {

    private final VaultSession vault;
    private final BackgroundRunner runner;
    private final Messages text;
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper cost = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Command remeasure;

    public PasswordCostViewModel(VaultSession vault, BackgroundRunner runner, Messages text) {
        this.vault = vault;
        this.runner = runner;
        this.text = text;
        this.remeasure = Command.when(busy.not().and(password.isNotEmpty()), this::remeasure);
    }

    /** Reads the cost the vault uses now, in the background. */
    public void load() {
        runner.task(vault::kdfParameters).onSuccess(now -> cost.set(describe("passwordCost.current", now)))
                .onFailure(e -> failure.set(new FailureText(text).describe(e))).run();
    }

    private void remeasure() {
        char[] secret = password.get().toCharArray();
        runner.task(() -> vault.remeasurePasswordCost(secret)).onStart(() -> {
            busy.set(true);
            failure.set("");
            status.set(text.get("passwordCost.measuring"));
        }).onSuccess(now -> {
            password.set("");
            cost.set(describe("passwordCost.current", now));
            status.set(describe("passwordCost.done", now));
        }).onFailure(e -> {
            status.set("");
            failure.set(new FailureText(text).describe(e));
        }).always(() -> {
            java.util.Arrays.fill(secret, '\0');
            busy.set(false);
        }).run();
    }

    private String describe(String key, KdfParameters parameters) {
        return text.format(key, parameters.memoryKiB() / 1024, parameters.iterations());
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty costProperty() {
        return cost.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Command remeasureCommand() {
        return remeasure;
    }
}
