package io.yaoshi.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.app.SettingsStore;
import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Preferences form over the real settings file in a temporary data directory. */
class PreferencesViewModelTest {

    @TempDir
    Path dir;

    private final DirectExecutorService worker = new DirectExecutorService();
    private final LivePreferences live = new LivePreferences(new Preferences(15, 45, LanguageOption.SYSTEM, true, null, HistoryAndBackups.defaults()));

    private PreferencesViewModel form(SettingsStore settings, Locale locale) {
        return new PreferencesViewModel(settings.preferences(), live, new BackgroundRunner(worker, Runnable::run),
                Messages.forLocale(locale));
    }

    @Test
    void opensWithThePreferencesInForceAndNamesEachChoice() {
        PreferencesViewModel english = form(SettingsStore.in(dir), Locale.ENGLISH);

        assertEquals(15, english.autoLockMinutesProperty().get());
        assertEquals(45, english.clipboardClearSecondsProperty().get());
        assertEquals(LanguageOption.SYSTEM, english.languageProperty().get());
        assertEquals(List.of(1, 2, 5, 10, 15, 30, 60), english.autoLockChoices());
        assertEquals(List.of(10, 15, 30, 45, 60, 90, 120), english.clipboardChoices());
        assertEquals(List.of("1 minute", "15 minutes"), List.of(english.minutesText(1), english.minutesText(15)));
        assertEquals("45 seconds", english.secondsText(45));
        assertEquals(List.of("System language", "中文（简体）", "English"),
                english.languageChoices().stream().map(english::languageText).toList());

        PreferencesViewModel chinese = form(SettingsStore.in(dir), Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("1 分钟", "45 秒", "跟随系统"),
                List.of(chinese.minutesText(1), chinese.secondsText(45), chinese.languageText(LanguageOption.SYSTEM)));
    }

    @Test
    void savingWritesTheSettingsFileAndPutsTheNewTimesInForceAtOnce() {
        SettingsStore settings = SettingsStore.in(dir);
        PreferencesViewModel form = form(settings, Locale.ENGLISH);
        form.autoLockMinutesProperty().set(1);
        form.clipboardClearSecondsProperty().set(10);
        form.languageProperty().set(LanguageOption.CHINESE_SIMPLIFIED);
        Preferences chosen = new Preferences(1, 10, LanguageOption.CHINESE_SIMPLIFIED, true, null, HistoryAndBackups.defaults());

        form.saveCommand().execute();

        assertEquals(chosen, form.savedProperty().get());
        assertEquals(chosen, live.get(), "the auto-lock and the clipboard read the new values from now on");
        assertEquals(chosen, SettingsStore.in(dir).load().preferences(), "and the next start reads them too");
        assertEquals("", form.failureProperty().get());
        assertFalse(form.busyProperty().get());
        assertEquals("Preferences saved: the vault locks after 1 minute idle, and copied text is cleared after 10 seconds."
                + " A change of language or of the SSH agent applies the next time Yaoshi starts.", form.confirmation());
    }

    @Test
    void saveCannotBeStartedTwiceWhileTheFileIsBeingWritten() {
        PreferencesViewModel form = form(SettingsStore.in(dir), Locale.ENGLISH);
        form.autoLockMinutesProperty().set(30);
        worker.hold();

        form.saveCommand().execute();

        assertTrue(form.busyProperty().get());
        assertFalse(form.saveCommand().isExecutable());
        assertNull(form.savedProperty().get());
        assertEquals(15, live.get().autoLockMinutes(), "nothing is in force before it is written");

        worker.release();

        assertEquals(30, live.get().autoLockMinutes());
        assertTrue(form.saveCommand().isExecutable());
    }

    @Test
    void aNewLanguageIsFlaggedAsApplyingFromTheNextStartOnly() {
        PreferencesViewModel form = form(SettingsStore.in(dir), Locale.ENGLISH);
        var restartNeeded = form.restartNeededBinding();
        assertFalse(restartNeeded.get());

        form.autoLockMinutesProperty().set(60);
        assertFalse(restartNeeded.get(), "the times apply at once");

        form.languageProperty().set(LanguageOption.ENGLISH);
        assertTrue(restartNeeded.get());

        form.languageProperty().set(LanguageOption.SYSTEM);
        assertFalse(restartNeeded.get(), "back to the language this run started with");

        form.languageProperty().set(LanguageOption.CHINESE_SIMPLIFIED);
        form.saveCommand().execute();
        assertTrue(restartNeeded.get(), "saving does not change the language of this run");
    }

    @Test
    void aSettingsFileThatCannotBeWrittenIsReportedAndNothingChanges() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "a file where the data folder should be");
        PreferencesViewModel form = form(SettingsStore.in(notAFolder), Locale.ENGLISH);
        form.autoLockMinutesProperty().set(1);

        form.saveCommand().execute();

        assertEquals("A file could not be read or written (NotDirectoryException).", form.failureProperty().get());
        assertNull(form.savedProperty().get(), "the dialog stays open");
        assertEquals(new Preferences(15, 45, LanguageOption.SYSTEM, true, null, HistoryAndBackups.defaults()), live.get());
        assertFalse(form.busyProperty().get());
        assertTrue(form.saveCommand().isExecutable(), "the user may try again");
    }

    @Test
    void aTimeTheFormDoesNotOfferNeverReachesTheSettingsFile() {
        PreferencesViewModel form = form(SettingsStore.in(dir), Locale.ENGLISH);
        form.autoLockMinutesProperty().set(7);
        form.clipboardClearSecondsProperty().set(3);

        form.saveCommand().execute();

        Preferences stored = SettingsStore.in(dir).load().preferences();
        assertEquals(new Preferences(5, 30, LanguageOption.SYSTEM, true, null, HistoryAndBackups.defaults()), stored, "the defaults stand in for them");
        assertEquals(stored, live.get());
    }
}
