package io.yaoshi.ui.history;

import io.yaoshi.domain.KeyId;
import io.yaoshi.history.History;
import io.yaoshi.history.HistoryEntry;
import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.FailureText;
import io.yaoshi.ui.common.UiExecutor;
import io.yaoshi.ui.keyrow.KeyRow;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The selected key pair's latest history entries, as the details panel lists them (newest first, a few), read again
 * when the selection changes and when something is recorded about the selected key pair. The History view has them
 * all.
 */
public final class KeyHistoryViewModel {

    static final int SHOWN = 6;

    private final History history;
    private final BackgroundRunner runner;
    private final Messages text;
    private final HistoryTexts texts;
    private final FailureText failures;
    private final DateTimeFormatter times;
    private final ObservableValue<KeyRow> selected;
    private final ReadOnlyStringWrapper lines = new ReadOnlyStringWrapper("");

    /** @param ui where the history's news are handed over to (the JavaFX thread) */
    public KeyHistoryViewModel(History history, BackgroundRunner runner, UiExecutor ui, Messages text, ZoneId zone,
                               ObservableValue<KeyRow> selected) {
        this.history = history;
        this.runner = runner;
        this.text = text;
        this.texts = new HistoryTexts(text, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
                .withZone(zone));
        this.failures = new FailureText(text);
        this.times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
        this.selected = selected;
        selected.addListener((o, was, now) -> refresh());
        history.addListener(event -> ui.execute(() -> {
            KeyRow now = selected.getValue();
            if (now != null && event.keyId().filter(now.key().id().value()::equals).isPresent()) {
                refresh();
            }
        }));
        refresh();
    }

    public void refresh() {
        KeyRow row = selected.getValue();
        lines.set("");
        if (row == null) {
            return;
        }
        KeyId id = row.key().id();
        runner.task(() -> history.entriesOf(id))
                .onSuccess(entries -> {
                    KeyRow now = selected.getValue();
                    if (now != null && now.key().id().equals(id)) {
                        lines.set(lines(entries));
                    }
                })
                .onFailure(e -> lines.set(failures.describe(e)))
                .run();
    }

    private String lines(List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            return text.get("keydetails.history.none");
        }
        List<String> shown = new ArrayList<>();
        for (int i = entries.size() - 1; i >= Math.max(0, entries.size() - SHOWN); i--) {
            shown.add(times.format(entries.get(i).time()) + "  " + texts.action(entries.get(i).action()));
        }
        String newestFirst = String.join("\n", shown);
        return entries.size() <= SHOWN ? newestFirst
                : newestFirst + "\n" + text.format("keydetails.history.more", entries.size() - SHOWN);
    }

    /** One entry a line, newest first. */
    public ReadOnlyStringProperty linesProperty() {
        return lines.getReadOnlyProperty();
    }
}
