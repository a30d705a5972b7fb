package io.yaoshi.ui.servers;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.i18n.ChoiceTexts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.servers.Inventory;
import io.yaoshi.servers.ServerEntry;
import io.yaoshi.servers.Servers;
import io.yaoshi.servers.ServersSshConfig;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.CloudRegionChoice;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Servers view: one cloud region's servers, each with the key pair bound to it and whether its private key is here.
 * It opens on the last reading kept in the vault (offline), says when that was, and reads the region again on
 * Refresh. "Write ssh Config" writes the config of every server read so far, with an Include line in
 * {@code ~/.ssh/config} only when the user ticks it.
 */
public final class ServersViewModel {

    /** One server in words. {@code privateKeyHere}: whether the key column shows a warning. */
    public record Row(String instanceId, String name, String state, String address, String keyPair, String alias,
                      boolean privateKeyHere) {
    }

    /** Where the ssh config goes and what it names. */
    public record SshTarget(ServersSshConfig config, Path agentSocket, Path userConfig) {
    }

    private final Servers servers;
    private final SshTarget ssh;
    private final BackgroundRunner runner;
    private final Messages text;
    private final FailureText failures;
    private final ServerStateTexts states;
    private final DateTimeFormatter times;
    private final CloudRegionChoice regions;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper boundNowhere = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanProperty addInclude = new SimpleBooleanProperty();
    private final Command refresh;
    private final Command writeSshConfig;
    /** Which region the rows are of, so a late answer for another one is dropped. */
    private Placement shown;

    /** @param known the vault's key pairs, to start with the cloud and region that hold most of them */
    public ServersViewModel(Servers servers, SshTarget ssh, RegionCatalog catalog, BackgroundRunner runner,
                            Messages text, ZoneId zone, List<KeyPairRecord> known) {
        this.servers = servers;
        this.ssh = ssh;
        this.runner = runner;
        this.text = text;
        this.failures = new FailureText(text);
        this.states = new ServerStateTexts(text);
        this.times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
        this.regions = new CloudRegionChoice(catalog, known);
        this.refresh = Command.when(busy.not().and(regions.regionProperty().isNotNull()), this::readFromCloud);
        this.writeSshConfig = Command.when(busy.not(), this::writeConfig);
        regions.regionProperty().addListener((o, was, now) -> showLastReading());
        showLastReading();
    }

    /** The kept reading of the chosen region, read from the vault off the JavaFX thread. */
    private void showLastReading() {
        Placement scope = regions.scope();
        shown = scope;
        rows.clear();
        reading.set("");
        boundNowhere.set("");
        failure.set("");
        message.set("");
        if (scope == null) {
            return;
        }
        runner.task(() -> servers.inventory().cached(scope))
                .onSuccess(cached -> {
                    if (scope.equals(shown)) {
                        show(cached);
                    }
                })
                .onFailure(e -> failure.set(failures.describe(e)))
                .run();
    }

    private void readFromCloud() {
        Placement scope = regions.scope();
        runner.task(() -> servers.inventory().read(scope))
                .onStart(() -> {
                    busy.set(true);
                    failure.set("");
                    message.set("");
                    progress.set(text.format("servers.reading", choiceTexts().provider(scope.provider()),
                            scope.region()));
                })
                .onSuccess(inventory -> {
                    if (scope.equals(shown)) {
                        show(Optional.of(inventory));
                    }
                })
                .onFailure(e -> failure.set(failures.describe(e)))
                .always(() -> {
                    busy.set(false);
                    progress.set("");
                })
                .run();
    }

    private void writeConfig() {
        boolean include = addInclude.get();
        runner.task(() -> {
            ServersSshConfig.Rendered rendered = ssh.config().render(servers.inventory().known(), ssh.agentSocket(),
                    servers.users().all(), ServersSshConfig.AddressPreference.PUBLIC_FIRST);
            ssh.config().write(rendered);
            boolean added = include && ssh.config().addInclude(ssh.userConfig());
            return text.format("servers.sshConfig.written", ssh.config().shown(ssh.config().configFile()),
                    rendered.hosts()) + (include ? " " + text.format(added ? "servers.sshConfig.included"
                    : "servers.sshConfig.alreadyIncluded", ssh.config().shown(ssh.userConfig())) : "");
        })
                .onStart(() -> {
                    busy.set(true);
                    failure.set("");
                    message.set("");
                })
                .onSuccess(message::set)
                .onFailure(e -> failure.set(e instanceof java.nio.file.FileAlreadyExistsException
                        ? text.format("servers.sshConfig.notYaoshis", ssh.config().shown(ssh.config().configFile()))
                        : failures.describe(e)))
                .always(() -> busy.set(false))
                .run();
    }

    private void show(Optional<Inventory> inventory) {
        if (inventory.isEmpty()) {
            rows.clear();
            reading.set(text.get("servers.neverRead"));
            boundNowhere.set("");
            return;
        }
        Inventory i = inventory.get();
        rows.setAll(i.servers().stream().map(this::row).toList());
        reading.set(text.format("servers.readAt", times.format(i.refreshedAt()), i.servers().size()));
        boundNowhere.set(i.boundNowhere().isEmpty() ? "" : text.format("servers.boundNowhere",
                String.join(", ", i.boundNowhere().stream().map(KeyPairRecord::name).toList())));
    }

    private Row row(ServerEntry e) {
        var i = e.instance();
        String keyPair = i.keyPair().map(id -> e.vaultKey().map(KeyPairRecord::name).orElse(id)
                + (e.privateKeyHere() ? "" : " " + text.get("servers.noPrivateKey"))).orElse("");
        return new Row(i.id(), i.name(), states.of(i.state()), i.addresses().preferred().orElse(""), keyPair,
                e.sshAlias(), e.privateKeyHere() || i.keyPair().isEmpty());
    }

    public ChoiceTexts choiceTexts() {
        return new ChoiceTexts(text);
    }

    public List<ProviderId> providers() {
        return regions.providers();
    }

    public ObjectProperty<ProviderId> providerProperty() {
        return regions.providerProperty();
    }

    public ObjectProperty<Region> regionProperty() {
        return regions.regionProperty();
    }

    public ObservableList<Region> regionChoices() {
        return regions.choices();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** When the rows were read from the cloud, or that they never were. */
    public ReadOnlyStringProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The vault's key pairs of the region no server is bound to; empty when there are none. */
    public ReadOnlyStringProperty boundNowhereProperty() {
        return boundNowhere.getReadOnlyProperty();
    }

    /** What the last action did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether "Write ssh Config" also adds the Include line to the user's own config. */
    public BooleanProperty addIncludeProperty() {
        return addInclude;
    }

    /** The words of the Include choice, naming the file it would change. */
    public String addIncludeText() {
        return text.format("servers.sshConfig.addInclude", ssh.config().shown(ssh.userConfig()));
    }

    public Command refreshCommand() {
        return refresh;
    }

    public Command writeSshConfigCommand() {
        return writeSshConfig;
    }
}
