package io.yaoshi.ui.history;

import io.yaoshi.backup.AutomaticBackups;
import io.yaoshi.history.ChainVerdict;
import io.yaoshi.history.History;
import io.yaoshi.history.HistoryEntry;
import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.FailureText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The History view: every entry of the vault's history, newest first, filtered by key pair, kind of action and time;
 * whether the chain holds; and when the last automatic backup was made. Read from the vault off the JavaFX thread.
 */
public final class HistoryViewModel {

    /** One entry in words. */
    public record Row(long seq, String time, String action, String key, String detail) {
    }

    /** A key pair to filter by, or all of them ({@code id} empty). */
    public record KeyChoice(Optional<String> id, String label) {
    }

    /** How far back the view goes. */
    public enum Period {
        ALL(Duration.ZERO), DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30)),
        YEAR(Duration.ofDays(365));

        private final Duration span;

        Period(Duration span) {
            this.span = span;
        }
    }

    /** The groups of actions to filter by, by the first word of their code ("" for all). */
    public static final List<String> GROUPS = List.of("", "key", "server", "agent", "cloud", "credentials", "vault",
            "history");

    private final History history;
    private final AutomaticBackups backups;
    private final BackgroundRunner runner;
    private final Messages text;
    private final HistoryTexts texts;
    private final FailureText failures;
    private final Clock clock;
    private final DateTimeFormatter times;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<KeyChoice> keys = FXCollections.observableArrayList();
    private final ObjectProperty<KeyChoice> key = new SimpleObjectProperty<>();
    private final ObjectProperty<String> group = new SimpleObjectProperty<>("");
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.ALL);
    private final ReadOnlyStringWrapper chain = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper chainBroken = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper lastBackup = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private List<HistoryEntry> newestFirst = List.of();

    public HistoryViewModel(History history, AutomaticBackups backups, BackgroundRunner runner, Messages text,
                            Clock clock, ZoneId zone) {
        this.history = history;
        this.backups = backups;
        this.runner = runner;
        this.text = text;
        this.texts = new HistoryTexts(text, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
                .withZone(zone));
        this.failures = new FailureText(text);
        this.clock = clock;
        this.times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
        KeyChoice all = new KeyChoice(Optional.empty(), text.get("history.filter.allKeys"));
        keys.setAll(all);
        key.set(all);
        key.addListener((o, was, now) -> filter());
        group.addListener((o, was, now) -> filter());
        period.addListener((o, was, now) -> filter());
        load();
    }

    private record Loaded(List<HistoryEntry> entries, ChainVerdict verdict, Optional<Instant> lastBackup) {
    }

    /** Reads the history and its chain again. */
    public void load() {
        runner.task(() -> new Loaded(history.entries(), history.verify(), backups.latest()))
                .onSuccess(this::show)
                .onFailure(e -> failure.set(failures.describe(e)))
                .run();
    }

    private void show(Loaded loaded) {
        List<HistoryEntry> entries = new ArrayList<>(loaded.entries());
        entries.sort(Comparator.comparingLong(HistoryEntry::seq).reversed());
        newestFirst = List.copyOf(entries);
        Map<String, String> names = new LinkedHashMap<>();
        newestFirst.forEach(entry -> entry.keyId().ifPresent(id -> names.putIfAbsent(id,
                entry.keyName().orElse(id))));
        KeyChoice chosen = key.get();
        List<KeyChoice> choices = new ArrayList<>(List.of(keys.get(0)));
        names.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> choices.add(new KeyChoice(Optional.of(e.getKey()), e.getValue())));
        keys.setAll(choices);
        key.set(choices.stream().filter(c -> c.id().equals(chosen.id())).findFirst().orElse(choices.get(0)));
        ChainVerdict verdict = loaded.verdict();
        chainBroken.set(!verdict.intact());
        chain.set(verdict.intact() ? text.format("history.chain.intact", verdict.entries())
                : text.format("history.chain.broken", verdict.breaks().size(), text.format(
                        "history.break." + verdict.breaks().get(0).problem().name(), verdict.breaks().get(0).seq(),
                        verdict.breaks().get(0).seq() - 1)));
        lastBackup.set(loaded.lastBackup().map(time -> text.format("history.lastBackup", text.dateTime(time),
                backups.folder())).orElseGet(() -> text.format("history.noBackup", backups.folder())));
        filter();
    }

    private void filter() {
        Optional<String> id = key.get() == null ? Optional.empty() : key.get().id();
        String prefix = group.get() == null ? "" : group.get();
        Period span = period.get() == null ? Period.ALL : period.get();
        Instant from = span == Period.ALL ? Instant.MIN : clock.instant().minus(span.span);
        rows.setAll(newestFirst.stream()
                .filter(entry -> id.isEmpty() || entry.keyId().equals(id))
                .filter(entry -> prefix.isEmpty() || entry.action().startsWith(prefix + "."))
                .filter(entry -> !entry.time().isBefore(from))
                .map(entry -> new Row(entry.seq(), times.format(entry.time()), texts.action(entry.action()),
                        entry.keyName().orElse(""), texts.detail(entry)))
                .toList());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<KeyChoice> keyChoices() {
        return keys;
    }

    public ObjectProperty<KeyChoice> keyProperty() {
        return key;
    }

    public ObjectProperty<String> groupProperty() {
        return group;
    }

    /** The name of a group of actions ("" for all of them). */
    public String groupLabel(String prefix) {
        return text.get(prefix.isEmpty() ? "history.filter.allActions" : "history.group." + prefix);
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public String periodLabel(Period choice) {
        return text.get("history.period." + choice.name());
    }

    /** Whether the chain holds, in words; in the warning colour when {@link #chainBrokenProperty()}. */
    public ReadOnlyStringProperty chainProperty() {
        return chain.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty chainBrokenProperty() {
        return chainBroken.getReadOnlyProperty();
    }

    /** When the last automatic backup was made, and where they go. */
    public ReadOnlyStringProperty lastBackupProperty() {
        return lastBackup.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
