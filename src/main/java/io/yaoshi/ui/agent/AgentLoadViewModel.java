package io.yaoshi.ui.agent;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.AgentLoader;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Loading one key pair into the SSH agent at {@code $SSH_AUTH_SOCK} (OpenSSH's): for how long, and whether that
 * agent asks before each use. The key is removed again when Yaoshi locks.
 */
public final class AgentLoadViewModel {

    /** The lifetimes offered; an hour unless the user picks another. */
    public static final List<Duration> LIFETIMES = List.of(Duration.ofMinutes(15), Duration.ofHours(1),
            Duration.ofHours(4), Duration.ofHours(8));

    private final KeyPairRecord key;
    private final AgentLoader loader;
    private final Optional<Path> sshAuthSock;
    private final BackgroundRunner runner;
    private final Messages text;
    private final ObjectProperty<Duration> lifetime = new SimpleObjectProperty<>(LIFETIMES.get(1));
    private final BooleanProperty confirm = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<String> loaded = new ReadOnlyObjectWrapper<>();
    private final Command load;

    public AgentLoadViewModel(KeyPairRecord key, AgentLoader loader, Optional<Path> sshAuthSock,
                              BackgroundRunner runner, Messages text) {
        this.key = key;
        this.loader = loader;
        this.sshAuthSock = sshAuthSock;
        this.runner = runner;
        this.text = text;
        this.load = Command.when(busy.not(), this::load);
    }

    public String header() {
        return text.format("agentload.header", key.name());
    }

    /** Where the key would go: "The agent at /tmp/ssh-XXXX/agent.123", or that there is none. */
    public String target() {
        return sshAuthSock.map(socket -> text.format("agentload.target", socket))
                .orElse(text.get("agentload.problem.NO_AGENT"));
    }

    public String label(Duration choice) {
        return choice.toHours() >= 1 ? text.format("agentload.hours", choice.toHours())
                : text.format("agentload.minutes", choice.toMinutes());
    }

    public ObjectProperty<Duration> lifetimeProperty() {
        return lifetime;
    }

    public BooleanProperty confirmProperty() {
        return confirm;
    }

    public Command loadCommand() {
        return load;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Set once loaded: what the status line says. */
    public ReadOnlyObjectProperty<String> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    private void load() {
        Duration chosen = lifetime.get();
        boolean asks = confirm.get();
        runner.task(() -> loader.load(key.id(), sshAuthSock, chosen, asks))
                .onStart(() -> {
                    busy.set(true);
                    failure.set("");
                    progress.set(text.get("agentload.loading"));
                })
                .onSuccess(done -> loaded.set(text.format("agentload.loaded", key.name(), done.socket(),
                        label(chosen))))
                .onFailure(e -> failure.set(new FailureText(text).describe(e)))
                .always(() -> {
                    busy.set(false);
                    progress.set("");
                })
                .run();
    }
}
