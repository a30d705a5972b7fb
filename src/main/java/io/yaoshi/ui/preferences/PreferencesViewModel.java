package io.yaoshi.ui.preferences;

import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Preferences form: auto-lock time, clipboard-clear time and language. Save writes the settings file and puts the
 * new values in force at once; a new language applies from the next start, which the form says.
 */
public final class PreferencesViewModel {

    private final PreferencesStore store;
    private final LivePreferences live;
    private final BackgroundRunner runner;
    private final Messages text;

    private final ObjectProperty<Integer> autoLockMinutes;
    private final ObjectProperty<Integer> clipboardClearSeconds;
    private final ObjectProperty<LanguageOption> language;
    private final LanguageOption languageAtStart;
    private final BooleanProperty sshAgent;
    private final boolean sshAgentAtStart;
    private final BooleanProperty keepRunning;
    private final ObjectProperty<Integer> historyEntries;
    private final ObjectProperty<Integer> historyDays;
    private final BooleanProperty automaticBackups;
    private final ObjectProperty<Integer> backupsKept;
    /** Not yet asked and left unticked: it stays unanswered, so the question still comes when a key is offered. */
    private final boolean keepRunningAsked;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Preferences> saved = new ReadOnlyObjectWrapper<>();
    private final Command save;

    public PreferencesViewModel(PreferencesStore store, LivePreferences live, BackgroundRunner runner,
                                Messages text) {
        this.store = store;
        this.live = live;
        this.runner = runner;
        this.text = text;
        Preferences current = live.get();
        this.autoLockMinutes = new SimpleObjectProperty<>(current.autoLockMinutes());
        this.clipboardClearSeconds = new SimpleObjectProperty<>(current.clipboardClearSeconds());
        this.language = new SimpleObjectProperty<>(current.language());
        this.languageAtStart = current.language();
        this.sshAgent = new SimpleBooleanProperty(current.sshAgent());
        this.sshAgentAtStart = current.sshAgent();
        this.keepRunning = new SimpleBooleanProperty(current.keepsRunning());
        this.keepRunningAsked = current.keepRunning() != null;
        this.historyEntries = new SimpleObjectProperty<>(current.keeping().historyEntries());
        this.historyDays = new SimpleObjectProperty<>(current.keeping().historyDays());
        this.automaticBackups = new SimpleBooleanProperty(current.keeping().automaticBackups());
        this.backupsKept = new SimpleObjectProperty<>(current.keeping().backupsKept());
        this.save = Command.when(busy.not(), this::save);
    }

    public List<Integer> autoLockChoices() {
        return Preferences.AUTO_LOCK_MINUTES;
    }

    public List<Integer> clipboardChoices() {
        return Preferences.CLIPBOARD_CLEAR_SECONDS;
    }

    public List<Integer> historyEntriesChoices() {
        return HistoryAndBackups.HISTORY_ENTRIES;
    }

    public List<Integer> historyDaysChoices() {
        return HistoryAndBackups.HISTORY_DAYS;
    }

    public List<Integer> backupsKeptChoices() {
        return HistoryAndBackups.BACKUPS_KEPT;
    }

    /** "20,000 entries" / "20,000 条". */
    public String entriesText(Integer entries) {
        return entries == null ? "" : text.format("preferences.history.entries", entries);
    }

    /** "for a year" / "without age limit". */
    public String daysText(Integer days) {
        return days == null ? "" : days == 0 ? text.get("preferences.history.anyAge")
                : text.format("preferences.history.days", days);
    }

    /** "the last 10". */
    public String keptText(Integer kept) {
        return kept == null ? "" : text.format("preferences.backups.kept", kept);
    }

    public ObjectProperty<Integer> historyEntriesProperty() {
        return historyEntries;
    }

    public ObjectProperty<Integer> historyDaysProperty() {
        return historyDays;
    }

    public BooleanProperty automaticBackupsProperty() {
        return automaticBackups;
    }

    public ObjectProperty<Integer> backupsKeptProperty() {
        return backupsKept;
    }

    public List<LanguageOption> languageChoices() {
        return List.of(LanguageOption.values());
    }

    /** "5 minutes" / "5 分钟". */
    public String minutesText(Integer minutes) {
        return minutes == null ? "" : text.format("preferences.minutes", minutes);
    }

    /** "30 seconds" / "30 秒". */
    public String secondsText(Integer seconds) {
        return seconds == null ? "" : text.format("preferences.seconds", seconds);
    }

    /** Each language in its own script, so a user who cannot read the current one still finds theirs. */
    public String languageText(LanguageOption option) {
        return option == null ? "" : text.get("preferences.language." + option.name());
    }

    /** True once the chosen language differs from the one this run started with: it applies after a restart. */
    public BooleanBinding restartNeededBinding() {
        return Bindings.createBooleanBinding(() -> language.get() != languageAtStart
                || sshAgent.get() != sshAgentAtStart, language, sshAgent);
    }

    private void save() {
        Preferences chosen = new Preferences(autoLockMinutes.get(), clipboardClearSeconds.get(), language.get(),
                sshAgent.get(), keepRunning.get() || keepRunningAsked ? keepRunning.get() : null,
                new HistoryAndBackups(historyEntries.get(), historyDays.get(), automaticBackups.get(),
                        backupsKept.get()));
        runner.task(() -> {
            store.save(chosen);
            return chosen;
        }).onStart(() -> {
            busy.set(true);
            failure.set("");
        }).onSuccess(done -> {
            live.set(done);
            saved.set(done);
        }).onFailure(e -> failure.set(new FailureText(text).describe(e)))
                .always(() -> busy.set(false)).run();
    }

    public ObjectProperty<Integer> autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    public ObjectProperty<Integer> clipboardClearSecondsProperty() {
        return clipboardClearSeconds;
    }

    /** What the agent does, under its checkbox. */
    public String sshAgentHint() {
        return text.get("preferences.sshAgentHint");
    }

    /** Whether the SSH agent runs with the app (from the next start). */
    public BooleanProperty sshAgentProperty() {
        return sshAgent;
    }

    /** Whether closing the window leaves Yaoshi running, its agent serving. */
    public BooleanProperty keepRunningProperty() {
        return keepRunning;
    }

    public ObjectProperty<LanguageOption> languageProperty() {
        return language;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** What the main window's status line says once saved: the values now in force, and a restart if needed. */
    public String confirmation() {
        String saved = text.format("preferences.saved", minutesText(autoLockMinutes.get()),
                secondsText(clipboardClearSeconds.get()));
        return restartNeededBinding().get()
                ? text.format("sentences.joined", saved, text.get("preferences.restartHint")) : saved;
    }

    /** Set once the preferences are written and in force. */
    public ReadOnlyObjectProperty<Preferences> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public Command saveCommand() {
        return save;
    }
}
