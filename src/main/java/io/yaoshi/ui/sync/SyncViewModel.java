package io.yaoshi.ui.sync;

import io.yaoshi.domain.KeyPairRecord;
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
import io.yaoshi.ui.common.CloudRegionChoice;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Sync with cloud": pick a cloud and region (to begin with, the one holding most of the vault's key pairs), compare,
 * read each key pair's status in the user's words, and act on a row: record a console-made key pair here, or upload
 * again one the cloud no longer has.
 */
public final class SyncViewModel {

    /** What can be done about one row. */
    public enum Action {
        NONE, RECORD_HERE, UPLOAD_AGAIN
    }

    /** One row: status text, name, and the provider's fingerprint; the entry behind it for actions. */
    public record Row(SyncEntry entry, String statusText, String name, String detail) {

        public SyncEntry.Status status() {
            return entry.status();
        }

        /**
         * A console-made key pair whose listing carries a public key can be recorded here; one the cloud lacks can be
         * uploaded again from the vault.
         */
        public Action action() {
            return switch (entry.status()) {
                case ONLY_IN_CLOUD -> entry.remote().map(r -> r.publicKey()).orElse("").isEmpty() ? Action.NONE
                        : Action.RECORD_HERE;
                case ONLY_HERE, NEVER_CREATED -> entry.local().filter(KeyPairService::canUploadAgain).isPresent()
                        ? Action.UPLOAD_AGAIN : Action.NONE;
                default -> Action.NONE;
            };
        }
    }

    private final SyncService sync;
    private final KeyPairService keys;
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final Command rowAction;
    private Placement lastScope;
    private final CloudRegionChoice regions;
    private final BackgroundRunner runner;
    private final Messages text;
    private final FailureText failures;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Command compare;
    private Runnable onSettled = () -> { };

    /** @param known the vault's key pairs, to start with the cloud and region that hold most of them */
    public SyncViewModel(SyncService sync, KeyPairService keys, RegionCatalog regions, BackgroundRunner runner,
                         Messages text, List<KeyPairRecord> known) {
        this.sync = sync;
        this.keys = keys;
        this.regions = new CloudRegionChoice(regions, known);
        this.runner = runner;
        this.text = text;
        this.failures = new FailureText(text);
        this.compare = Command.when(busy.not().and(this.regions.regionProperty().isNotNull()), this::compare);
        this.rowAction = Command.when(busy.not().and(Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().action() != Action.NONE, selected)), this::actOnSelected);
        this.regions.providerProperty().addListener((o, was, now) -> clearResults());
        this.regions.regionProperty().addListener((o, was, now) -> clearResults());
    }

    /** How the provider and region lists name their choices. */
    public ChoiceTexts choiceTexts() {
        return new ChoiceTexts(text);
    }

    /** Called after a comparison that may have settled pending or missing entries, so the key list is read again. */
    public void onSettled(Runnable action) {
        this.onSettled = action;
    }

    /** Results of another cloud or region would mislead. */
    private void clearResults() {
        selected.set(null);
        rows.clear();
        message.set("");
        failure.set("");
    }

    private void compare() {
        lastScope = regions.scope();
        Placement scope = lastScope;
        compareIn(() -> sync.sync(scope), text.format("sync.running",
                choiceTexts().provider(scope.provider()), scope.region()));
    }

    /** The selected row's action, then a fresh comparison so the row shows its new state. */
    private void actOnSelected() {
        Row row = selected.get();
        Placement scope = lastScope;
        boolean record = row.action() == Action.RECORD_HERE;
        compareIn(() -> {
            if (record) {
                keys.recordRemote(scope, row.entry().remote().orElseThrow());
            } else {
                keys.uploadAgain(row.entry().local().orElseThrow().id());
            }
            return sync.sync(scope);
        }, text.format(record ? "sync.progress.record" : "sync.progress.upload", row.name(),
                choiceTexts().provider(scope.provider())));
    }

    private void compareIn(Callable<List<SyncEntry>> work, String inProgress) {
        runner.task(work)
                .onStart(() -> {
                    busy.set(true);
                    message.set("");
                    failure.set("");
                    progress.set(inProgress);
                })
                .onSuccess(entries -> {
                    selected.set(null); // a row of the old results
                    rows.setAll(entries.stream().map(this::row).toList());
                    message.set(text.format("sync.done", entries.size()));
                    onSettled.run();
                })
                .onFailure(e -> failure.set(failures.describe(e)))
                .always(() -> {
                    busy.set(false);
                    progress.set("");
                })
                .run();
    }

    /** Acts on {@code row}: the button in its own line. */
    public void act(Row row) {
        selected.set(row);
        rowAction.execute();
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** Records or uploads the selected row, whichever applies. */
    public Command rowActionCommand() {
        return rowAction;
    }

    /** The words on a row's button; empty for rows with nothing to do. */
    public String actionText(Action action) {
        return action == Action.NONE ? "" : text.get("sync.action." + action.name());
    }

    /** The words on the button that acts on the selected row. */
    public ObservableStringValue selectedActionText() {
        return Bindings.createStringBinding(() -> actionText(selected.get() == null ? Action.NONE
                : selected.get().action()), selected);
    }

    private Row row(SyncEntry e) {
        String name = e.local().map(k -> k.name()).orElseGet(() -> e.remote().orElseThrow().name());
        String detail = e.remote().map(r -> r.fingerprint()).filter(f -> !f.isEmpty()).orElse("");
        return new Row(e, text.get("sync.status." + e.status().name()), name, detail);
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

    /** The outcome of the last comparison: how many key pairs were compared. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What failed in the last comparison or action; empty when nothing did. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** What the dialog waits for, in words; empty while it waits for nothing. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Command compareCommand() {
        return compare;
    }
}
