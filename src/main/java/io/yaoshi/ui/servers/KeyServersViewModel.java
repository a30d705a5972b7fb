package io.yaoshi.ui.servers;

import io.yaoshi.domain.KeyId;
import io.yaoshi.i18n.Messages;
import io.yaoshi.servers.Inventory;
import io.yaoshi.servers.ServerEntry;
import io.yaoshi.servers.ServerInventory;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.FailureText;
import io.yaoshi.ui.keyrow.KeyRow;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The servers the selected key pair is bound to, as the details panel lists them: from the readings kept in the vault
 * (no network), read again when the selection changes and after the Servers view closes. Only cloud key pairs have
 * servers.
 */
public final class KeyServersViewModel {

    private final ServerInventory inventory;
    private final BackgroundRunner runner;
    private final Messages text;
    private final FailureText failures;
    private final ServerStateTexts states;
    private final ObservableValue<KeyRow> selected;
    private final ReadOnlyStringWrapper servers = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper applies = new ReadOnlyBooleanWrapper();

    public KeyServersViewModel(ServerInventory inventory, BackgroundRunner runner, Messages text,
                               ObservableValue<KeyRow> selected) {
        this.inventory = inventory;
        this.runner = runner;
        this.text = text;
        this.failures = new FailureText(text);
        this.states = new ServerStateTexts(text);
        this.selected = selected;
        selected.addListener((o, was, now) -> refresh());
        refresh();
    }

    /** Reads the kept readings again for the selected key pair. */
    public void refresh() {
        KeyRow row = selected.getValue();
        boolean cloud = row != null && row.key().provider().isCloud();
        applies.set(cloud);
        servers.set("");
        if (!cloud) {
            return;
        }
        KeyId id = row.key().id();
        runner.task(() -> lines(inventory.known(), id))
                .onSuccess(lines -> {
                    KeyRow now = selected.getValue();
                    if (now != null && now.key().id().equals(id)) {
                        servers.set(lines);
                    }
                })
                .onFailure(e -> servers.set(failures.describe(e)))
                .run();
    }

    /** One line per server: "web-01 (i-bp1…) · Running · 121.40.10.11". */
    private String lines(List<Inventory> known, KeyId id) {
        List<String> lines = known.stream().flatMap(i -> i.servers().stream())
                .filter(e -> e.vaultKey().filter(k -> k.id().equals(id)).isPresent())
                .map(this::line).toList();
        return lines.isEmpty() ? text.get("keydetails.servers.none") : String.join("\n", lines);
    }

    private String line(ServerEntry e) {
        var i = e.instance();
        return String.join("  ·  ", List.of(i.name().isEmpty() ? i.id() : i.name() + " (" + i.id() + ")",
                states.of(i.state()), i.addresses().preferred().orElse("")).stream()
                .filter(Objects::nonNull).filter(s -> !s.isEmpty()).toList());
    }

    /** The list, one server a line; empty while it is read. */
    public ReadOnlyStringProperty serversProperty() {
        return servers.getReadOnlyProperty();
    }

    /** Whether the selected key pair can have servers (a cloud key pair). */
    public ReadOnlyBooleanProperty appliesProperty() {
        return applies.getReadOnlyProperty();
    }
}
