package io.yaoshi.ui.sync;

import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.i18n.ChoiceTexts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.SyncEntry;
import io.yaoshi.service.SyncService;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import io.yaoshi.ui.common.RegionChoice;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** "Sync with cloud": pick a cloud and region, compare, and read each key pair's status in the user's words. */
public final class SyncViewModel {

    /** One row: status text, name, and the provider's fingerprint; the entry behind it for actions. */
    public record Row(SyncEntry entry, String statusText, String name, String detail) {

        /** Only-in-the-cloud key pairs whose listing carries a public key can be recorded here. */
        public boolean recordable() {
            return entry.status() == SyncEntry.Status.ONLY_IN_CLOUD
                    && !entry.remote().map(r -> r.publicKey()).orElse("").isEmpty();
        }
    }

    private final SyncService sync;
    private final KeyPairService keys;
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final Command record;
    private Placement lastScope;
    private final RegionChoice regions;
    private final BackgroundRunner runner;
    private final Messages text;
    private final FailureText failures;

    private final ObjectProperty<ProviderId> provider = new SimpleObjectProperty<>(ProviderId.ALIYUN);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Command compare;
    private Runnable onSettled = () -> { };

    public SyncViewModel(SyncService sync, KeyPairService keys, RegionCatalog regions, BackgroundRunner runner,
                         Messages text) {
        this.sync = sync;
        this.keys = keys;
        this.regions = new RegionChoice(regions);
        this.runner = runner;
        this.text = text;
        this.failures = new FailureText(text);
        this.compare = Command.when(busy.not().and(this.regions.regionProperty().isNotNull()), this::compare);
        this.record = Command.when(busy.not().and(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().recordable(), selected)), this::recordSelected);
        provider.addListener((o, was, now) -> providerChanged());
        providerChanged();
    }

    /** How the provider and region lists name their choices. */
    public ChoiceTexts choiceTexts() {
        return new ChoiceTexts(text);
    }

    /** Called after a comparison that may have settled pending or missing entries, so the key list is read again. */
    public void onSettled(Runnable action) {
        this.onSettled = action;
    }

    private void providerChanged() {
        regions.showRegionsOf(provider.get());
        rows.clear();
    }

    private void compare() {
        lastScope = new Placement(provider.get(), regions.regionProperty().get().id(), "", "", "");
        Placement scope = lastScope;
        runner.task(() -> sync.sync(scope))
                .onStart(() -> {
                    busy.set(true);
                    message.set(text.get("sync.running"));
                })
                .onSuccess(entries -> {
                    rows.setAll(entries.stream().map(this::row).toList());
                    message.set(text.format("sync.done", entries.size()));
                    onSettled.run();
                })
                .onFailure(e -> message.set(failures.describe(e)))
                .always(() -> busy.set(false))
                .run();
    }

    /** Records the selected only-in-the-cloud key pair here as a public-only entry, then compares again. */
    private void recordSelected() {
        var remote = selected.get().entry().remote().orElseThrow();
        Placement scope = lastScope;
        runner.task(() -> keys.recordRemote(scope, remote))
                .onSuccess(recorded -> compare())
                .onFailure(e -> message.set(failures.describe(e)))
                .run();
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public Command recordCommand() {
        return record;
    }

    private Row row(SyncEntry e) {
        String name = e.local().map(k -> k.name()).orElseGet(() -> e.remote().orElseThrow().name());
        String detail = e.remote().map(r -> r.fingerprint()).filter(f -> !f.isEmpty()).orElse("");
        return new Row(e, text.get("sync.status." + e.status().name()), name, detail);
    }

    public List<ProviderId> providers() {
        return List.of(ProviderId.ALIYUN, ProviderId.UCLOUD);
    }

    public ObjectProperty<ProviderId> providerProperty() {
        return provider;
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

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Command compareCommand() {
        return compare;
    }
}
