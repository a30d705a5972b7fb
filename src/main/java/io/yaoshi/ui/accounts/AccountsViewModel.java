package io.yaoshi.ui.accounts;

import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.i18n.ChoiceTexts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.ConnectionTest;
import io.yaoshi.service.CredentialService;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One cloud account (Aliyun AccessKey, or UCloud API key pair and project) to store in the vault. The secret field is
 * never filled from the vault: an account already stored shows its key id, and a new secret replaces the old one.
 */
public final class AccountsViewModel {

    private final CredentialService credentials;
    private final ConnectionTest connections;
    private final BackgroundRunner runner;
    private final Messages text;
    private final FailureText failures;

    private final ObjectProperty<ProviderId> provider = new SimpleObjectProperty<>(ProviderId.ALIYUN);
    private final StringProperty keyId = new SimpleStringProperty("");
    private final StringProperty secret = new SimpleStringProperty("");
    private final StringProperty projectId = new SimpleStringProperty("");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper stored = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasStored = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Command save;
    private final Command testConnection;

    /** @param connections tests the account in the form, saved or not */
    public AccountsViewModel(CredentialService credentials, ConnectionTest connections, BackgroundRunner runner,
                             Messages text) {
        this.credentials = credentials;
        this.connections = connections;
        this.runner = runner;
        this.text = text;
        this.failures = new FailureText(text);
        this.save = Command.when(busy.not().and(keyId.isNotEmpty()).and(secret.isNotEmpty()), this::save);
        this.testConnection = Command.when(busy.not().and(keyId.isNotEmpty()).and(secret.isNotEmpty().or(hasStored)),
                this::testConnection);
        provider.addListener((o, was, now) -> load());
        load();
    }

    /** How the provider list names its choices. */
    public ChoiceTexts choiceTexts() {
        return new ChoiceTexts(text);
    }

    /** What the chosen provider calls the key id: UCloud a public key, Aliyun an AccessKey ID. */
    public StringBinding keyIdLabelBinding() {
        return Bindings.createStringBinding(() -> text.get(provider.get() == ProviderId.UCLOUD ? "accounts.publicKey"
                : "accounts.accessKeyId"), provider);
    }

    /** What the chosen provider calls the secret: UCloud a private key, Aliyun an AccessKey secret. */
    public StringBinding secretLabelBinding() {
        return Bindings.createStringBinding(() -> text.get(provider.get() == ProviderId.UCLOUD ? "accounts.privateKey"
                : "accounts.accessKeySecret"), provider);
    }

    public List<ProviderId> providers() {
        return List.of(ProviderId.ALIYUN, ProviderId.UCLOUD);
    }

    /** Shows what is stored for the chosen cloud (never the secret). */
    private void load() {
        ProviderId chosen = provider.get();
        runner.task(() -> credentials.list().stream().filter(a -> a.provider() == chosen).findFirst())
                .onSuccess(account -> {
                    keyId.set(account.map(CloudAccount::keyId).orElse(""));
                    projectId.set(account.map(CloudAccount::projectId).orElse(""));
                    endpoint.set(account.map(CloudAccount::endpoint).orElse(""));
                    secret.set("");
                    stored.set(account.isPresent() ? text.get("accounts.stored") : text.get("accounts.none"));
                    hasStored.set(account.isPresent());
                    message.set("");
                    failure.set("");
                })
                .onFailure(e -> failure.set(failures.describe(e)))
                .run();
    }

    private void save() {
        CloudAccount account = formAccount();
        char[] key = secret.get().toCharArray();
        runner.task(() -> {
            credentials.save(account, key);
            return account;
        }).onStart(() -> started(text.format("accounts.saving", text.get(account.provider().messageKey()))))
                .onSuccess(saved -> {
            secret.set("");
            stored.set(text.get("accounts.stored"));
            hasStored.set(true);
            message.set(text.format("accounts.saved", text.get(saved.provider().messageKey())));
        }).onFailure(e -> failure.set(failures.describe(e))).always(() -> {
            Arrays.fill(key, '\0');
            ended();
        }).run();
    }

    /** One signed read with the account as the form shows it, without saving it; the answer, or why it failed. */
    private void testConnection() {
        CloudAccount account = formAccount();
        char[] typed = secret.get().toCharArray();
        String name = text.get(account.provider().messageKey());
        runner.task(() -> connections.check(account, typed)).onStart(() -> started(text.format("accounts.testing",
                name))).onSuccess(check -> message.set(text.format("accounts.connected", name, check.keyPairs(),
                check.region()))).onFailure(e -> failure.set(failures.describe(e))).always(() -> {
            Arrays.fill(typed, '\0');
            ended();
        }).run();
    }

    /** The form waits, saying for what; earlier outcomes no longer apply. */
    private void started(String waitingFor) {
        busy.set(true);
        message.set("");
        failure.set("");
        progress.set(waitingFor);
    }

    private void ended() {
        busy.set(false);
        progress.set("");
    }

    private CloudAccount formAccount() {
        return new CloudAccount(provider.get(), keyId.get().strip(), projectId.get().strip(), endpoint.get().strip());
    }

    public ObjectProperty<ProviderId> providerProperty() {
        return provider;
    }

    public StringProperty keyIdProperty() {
        return keyId;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public StringProperty projectIdProperty() {
        return projectId;
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    public ReadOnlyStringProperty storedProperty() {
        return stored.getReadOnlyProperty();
    }

    /** What the last save or test achieved. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last load, save or test failed; empty when it did not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** What the form waits for, in words; empty while it waits for nothing. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Command saveCommand() {
        return save;
    }

    /** Tests the account as typed (with the stored secret when none is typed); saves nothing. */
    public Command testConnectionCommand() {
        return testConnection;
    }
}
