package io.yaoshi.ui.keylist;

import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.keyrow.KeyRow;
import io.yaoshi.ui.keyrow.KeyRowFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The key list: every key pair of the unlocked vault as rows, filtered as the user types by name, provider and tag
 * conditions ({@code env} or {@code env=prod}, separated by spaces). Filtering asks the service's index in the
 * background (a few milliseconds for 100,000 key pairs), and shows the already formatted rows it names.
 */
public final class KeyListViewModel {

    /** "All providers" is the empty choice. */
    public static final Optional<ProviderId> ALL_PROVIDERS = Optional.empty();
    public static final String ALL_REGIONS = "";

    private final Supplier<KeyPairService> keys;
    private final BackgroundRunner runner;
    private final Messages text;
    private final KeyRowFormatter formatter;

    private final ObservableList<KeyRow> rows = FXCollections.observableArrayList();
    private final ObservableList<KeyRow> visible = FXCollections.observableArrayList();
    private final Map<KeyId, KeyRow> rowsById = new HashMap<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty tagFilter = new SimpleStringProperty("");
    private final ObjectProperty<Optional<ProviderId>> provider = new SimpleObjectProperty<>(ALL_PROVIDERS);
    /** A region id, or {@link #ALL_REGIONS}. */
    private final StringProperty region = new SimpleStringProperty(ALL_REGIONS);
    private final ObservableList<String> regionOptions = FXCollections.observableArrayList(ALL_REGIONS);
    private final Map<String, String> regionNames = new HashMap<>();
    private final StringBinding countText;
    private final ObjectProperty<KeyRow> selected = new SimpleObjectProperty<>();
    private Supplier<List<KeyRow>> shownOrder = () -> visible;
    private final VaultFindings findings;

    /**
     * @param keys the use cases over the key pairs the window works on (the personal vault's, or a team's), asked
     *             each time the list is read
     */
    public KeyListViewModel(Supplier<KeyPairService> keys, BackgroundRunner runner, Messages text,
                            KeyRowFormatter formatter) {
        this.keys = keys;
        this.runner = runner;
        this.text = text;
        this.formatter = formatter;
        this.findings = new VaultFindings(runner, text, this::reload);
        search.addListener((o, a, b) -> applyFilter());
        tagFilter.addListener((o, a, b) -> applyFilter());
        provider.addListener((o, a, b) -> {
            offerRegions();
            applyFilter();
        });
        region.addListener((o, a, b) -> applyFilter());
        countText = Bindings.createStringBinding(() -> visible.size() == rows.size()
                ? text.format("main.status.keyCount", rows.size())
                : text.format("main.status.keyCountFiltered", visible.size(), rows.size()), visible, rows);
    }

    /** Reads the key pairs from the service in the background and shows them. */
    public void reload() {
        reloadAndSelect(null);
    }

    /** Reloads, then selects the key pair with this id (if it is there): e.g. the one just created. */
    public void reloadAndSelect(KeyId id) {
        runner.task(() -> keys.get().list(KeyPairFilter.ALL))
                .onSuccess(records -> {
                    show(records);
                    rows.stream().filter(row -> row.key().id().equals(id)).findFirst().ifPresent(selected::set);
                })
                .run();
    }

    /** How the view orders the visible rows (its sort), for "the row below" after a delete. */
    public void orderShownBy(Supplier<List<KeyRow>> order) {
        this.shownOrder = order;
    }

    /**
     * Reloads after a deletion of {@code removed}. The selection goes where the eye is: to the row that was below it
     * as the list is sorted on screen, or above it when it was last; it stays on {@code removed} if that is still
     * there (the deletion failed).
     */
    public void reloadAfterRemoving(KeyId removed) {
        List<KeyId> order = shownOrder.get().stream().map(row -> row.key().id()).toList();
        int at = order.indexOf(removed);
        List<KeyId> candidates = new ArrayList<>();
        candidates.add(removed);
        if (at >= 0) {
            candidates.addAll(order.subList(at + 1, order.size()));
            for (int above = at - 1; above >= 0; above--) {
                candidates.add(order.get(above));
            }
        }
        runner.task(() -> keys.get().list(KeyPairFilter.ALL))
                .onSuccess(records -> {
                    show(records);
                    candidates.stream().flatMap(id -> visible.stream().filter(row -> row.key().id().equals(id)))
                            .findFirst().ifPresent(selected::set);
                })
                .run();
    }

    /** Every key pair shown before filtering, e.g. for the uniqueness rule of a new one. */
    public List<KeyPairRecord> allKeys() {
        return rows.stream().map(KeyRow::key).toList();
    }

    /** The row the user selected (or that was selected for them); null when none. */
    public ObjectProperty<KeyRow> selectedProperty() {
        return selected;
    }

    /** The banner of what the unlock found wrong with the vault file. */
    public VaultFindings findings() {
        return findings;
    }

    /** True while the vault holds key pairs, so an empty table means the filters match nothing. */
    public BooleanBinding hasKeysBinding() {
        return Bindings.isNotEmpty(rows);
    }

    /** Back to every key pair: no search text, no tag, all providers and regions. */
    public void clearFilters() {
        search.set("");
        tagFilter.set("");
        provider.set(ALL_PROVIDERS);
        region.set(ALL_REGIONS);
    }

    /** Forgets every row, e.g. when the vault locks. */
    public void clear() {
        selected.set(null);
        findings.dismiss();
        rows.clear();
        // the chosen region stays chosen for the next unlock; what the vault holds is forgotten
        regionNames.keySet().retainAll(java.util.Set.of(region.get()));
        regionOptions.setAll(ALL_REGIONS);
        visible.clear();
        rowsById.clear();
    }

    /** The provider filter's choices: all, then each provider. */
    public List<Optional<ProviderId>> providerOptions() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ALL_PROVIDERS),
                Arrays.stream(ProviderId.values()).map(Optional::of)).toList();
    }

    public String providerLabel(Optional<ProviderId> choice) {
        return choice.map(formatter::provider).orElse(text.get("keylist.filter.allProviders"));
    }

    /** The region filter's choices: all, then each region that holds key pairs of the chosen provider. */
    public ObservableList<String> regionOptions() {
        return regionOptions;
    }

    public String regionLabel(String choice) {
        return choice.isEmpty() ? text.get("keylist.filter.allRegions") : regionNames.getOrDefault(choice, choice);
    }

    private void offerRegions() {
        Map<String, String> names = new TreeMap<>();
        rows.stream().map(KeyRow::key)
                .filter(k -> !k.placement().region().isEmpty())
                .filter(k -> provider.get().map(p -> p == k.provider()).orElse(true))
                .forEach(k -> names.put(k.placement().region(), formatter.regionName(k.provider(),
                        k.placement().region())));
        regionNames.clear();
        regionNames.putAll(names);
        List<String> options = new ArrayList<>();
        options.add(ALL_REGIONS);
        options.addAll(names.keySet());
        String chosen = region.get();
        regionOptions.setAll(options);
        // a region no longer offered (its last key pair went, or another provider was chosen) shows everything
        region.set(names.containsKey(chosen) ? chosen : ALL_REGIONS);
    }

    private void show(List<KeyPairRecord> records) {
        List<KeyRow> formatted = records.stream().map(formatter::row).toList();
        rowsById.clear();
        formatted.forEach(row -> rowsById.put(row.key().id(), row));
        rows.setAll(formatted);
        offerRegions();
        applyFilter();
    }

    private KeyPairFilter filter() {
        return new KeyPairFilter(search.get().strip(), provider.get(), region.get(),
                Arrays.stream(tagFilter.get().strip().split("\\s+")).filter(s -> !s.isEmpty())
                        .map(KeyPairFilter.TagFilter::parse).toList());
    }

    /** The service answers from its index off the UI thread; answers arrive in order, so the last one stays. */
    private void applyFilter() {
        KeyPairFilter filter = filter();
        if (filter.equals(KeyPairFilter.ALL)) {
            showVisible(List.copyOf(rows));
            return;
        }
        runner.task(() -> keys.get().list(filter))
                .onSuccess(records -> showVisible(records.stream().map(k -> rowsById.get(k.id()))
                        .filter(java.util.Objects::nonNull).toList()))
                .run();
    }

    /**
     * The rows the filters let through. The selection stays on its key pair while that is among them (after a reload,
     * on the fresh row of the same key pair); a key pair filtered out or gone is no longer selected.
     */
    private void showVisible(List<KeyRow> next) {
        KeyId kept = selected.get() == null ? null : selected.get().key().id();
        visible.setAll(next);
        selected.set(kept == null ? null
                : next.stream().filter(row -> row.key().id().equals(kept)).findFirst().orElse(null));
    }

    public ObservableList<KeyRow> visibleRows() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<Optional<ProviderId>> providerProperty() {
        return provider;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringBinding countTextBinding() {
        return countText;
    }
}
