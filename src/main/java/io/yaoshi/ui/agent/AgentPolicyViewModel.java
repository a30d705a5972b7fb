package io.yaoshi.ui.agent;

import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.KeyId;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.AgentPolicies;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.FailureText;
import io.yaoshi.ui.keyrow.KeyRow;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The selected key pair's SSH agent policy, as the details panel edits it: read from the vault when the selection
 * changes, saved as soon as the user changes a part of it. A key pair without its private key here cannot be served,
 * so its policy is not editable.
 */
public final class AgentPolicyViewModel {

    private final AgentPolicies policies;
    private final BackgroundRunner runner;
    private final Messages text;
    private final ObservableValue<KeyRow> selected;
    private final Runnable offered;
    private final BooleanProperty offer = new SimpleBooleanProperty();
    private final ObjectProperty<AgentPolicy.Confirm> confirm = new SimpleObjectProperty<>(AgentPolicy.Confirm.ALWAYS);
    private final ObjectProperty<AgentPolicy.Forwarding> forwarding = new SimpleObjectProperty<>(
            AgentPolicy.Forwarding.DENY);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    /** The key pair whose policy the fields show; empty while it is read. */
    private Optional<KeyId> shown = Optional.empty();
    /** True while the fields are set from the vault, so that setting them saves nothing. */
    private boolean showing;

    /** @param offered told on the JavaFX thread each time a key pair is saved as offered (a question may follow) */
    public AgentPolicyViewModel(AgentPolicies policies, BackgroundRunner runner, Messages text,
                                ObservableValue<KeyRow> selected, Runnable offered) {
        this.offered = offered;
        this.policies = policies;
        this.runner = runner;
        this.text = text;
        this.selected = selected;
        selected.addListener((o, was, now) -> read(now));
        offer.addListener((o, was, now) -> changed());
        confirm.addListener((o, was, now) -> changed());
        forwarding.addListener((o, was, now) -> changed());
        read(selected.getValue());
    }

    public BooleanProperty offerProperty() {
        return offer;
    }

    public ObjectProperty<AgentPolicy.Confirm> confirmProperty() {
        return confirm;
    }

    public ObjectProperty<AgentPolicy.Forwarding> forwardingProperty() {
        return forwarding;
    }

    /** False while the policy is read, and for a key pair whose private key is not here. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Why the policy cannot be edited, or why saving it failed; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether {@link #messageProperty()} reports a failure (shown in red) rather than a fact. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** "Ask every time", "Ask once until the vault locks", "Never ask". */
    public String label(AgentPolicy.Confirm choice) {
        return text.get("agentpolicy.confirm." + choice.name().toLowerCase(Locale.ROOT));
    }

    /** "Refuse", "Ask every time". */
    public String label(AgentPolicy.Forwarding choice) {
        return text.get("agentpolicy.forwarding." + choice.name().toLowerCase(Locale.ROOT));
    }

    private void read(KeyRow row) {
        shown = Optional.empty();
        editable.set(false);
        say("", false);
        if (row == null) {
            return;
        }
        KeyId id = row.key().id();
        if (!row.key().hasPrivateKey()) {
            show(AgentPolicy.DEFAULT);
            say(text.get("agentpolicy.publicOnly"), false);
            return;
        }
        runner.task(() -> policies.serves(id) ? Optional.of(policies.of(id)) : Optional.<AgentPolicy>empty())
                .onSuccess(policy -> {
                    if (!isSelected(id)) {
                        return;
                    }
                    if (policy.isEmpty()) {
                        show(AgentPolicy.DEFAULT);
                        say(text.get("agentpolicy.notHere"), false);
                        return;
                    }
                    show(policy.get());
                    shown = Optional.of(id);
                    editable.set(true);
                })
                .onFailure(e -> {
                    if (isSelected(id)) {
                        say(new FailureText(text).describe(e), true);
                    }
                })
                .run();
    }

    private boolean isSelected(KeyId id) {
        return selected.getValue() != null && selected.getValue().key().id().equals(id);
    }

    private void show(AgentPolicy policy) {
        showing = true;
        try {
            offer.set(policy.offer());
            confirm.set(policy.confirm());
            forwarding.set(policy.forwarding());
        } finally {
            showing = false;
        }
    }

    private void changed() {
        if (showing || shown.isEmpty() || confirm.get() == null || forwarding.get() == null) {
            return;
        }
        KeyId id = shown.get();
        AgentPolicy policy = new AgentPolicy(offer.get(), confirm.get(), forwarding.get());
        runner.task(() -> policies.set(id, policy))
                .onSuccess(saved -> {
                    say("", false);
                    if (saved.offer()) {
                        offered.run();
                    }
                })
                .onFailure(e -> {
                    read(selected.getValue()); // the fields show again what the vault holds
                    say(new FailureText(text).describe(e), true);
                })
                .run();
    }

    private void say(String words, boolean failure) {
        message.set(words);
        failed.set(failure);
    }
}
