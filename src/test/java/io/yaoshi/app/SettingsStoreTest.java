package io.yaoshi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileMeansDefaults() {
        assertEquals(Settings.defaults(), new SettingsStore(dir.resolve("settings.json")).load());
    }

    @Test
    void windowGeometrySurvivesARoundTripOwnerOnly() throws IOException {
        Path file = dir.resolve("settings.json");
        Settings saved = Settings.defaults().withWindow(new WindowGeometry(120, 80, 1024, 700, true));

        new SettingsStore(file).save(saved);

        assertEquals(saved, new SettingsStore(file).load());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aDamagedFileMeansDefaults() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"window\": {\"x\": 1, \"y\"");
        assertEquals(Settings.defaults(), new SettingsStore(file).load());
    }

    @Test
    void aNonsenseWindowSizeIsReplacedButThePositionKept() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"window\":{\"x\":5,\"y\":6,\"width\":-3,\"height\":1e9,\"maximized\":false},"
                + "\"fromANewerVersion\":true}");
        WindowGeometry window = new SettingsStore(file).load().window();
        assertEquals(new WindowGeometry(5, 6, 1200, 720, false), window);
    }

    @Test
    void anUpdateChangesOnePartAndKeepsTheOthers() throws IOException {
        SettingsStore store = SettingsStore.in(dir);
        WindowGeometry window = new WindowGeometry(10, 20, 900, 600, false);
        store.save(Settings.defaults().withWindow(window));

        store.preferences().save(new io.yaoshi.ui.preferences.Preferences(15, 10,
                io.yaoshi.ui.preferences.LanguageOption.CHINESE_SIMPLIFIED, false, true,
                new io.yaoshi.ui.preferences.HistoryAndBackups(1_000, 90, false, 3)));

        assertEquals(window, store.load().window());
        assertEquals(15, store.load().preferences().autoLockMinutes());
        assertEquals(false, store.load().preferences().sshAgent());
        assertTrue(store.load().preferences().keepsRunning());
        assertEquals(new io.yaoshi.ui.preferences.HistoryAndBackups(1_000, 90, false, 3),
                store.load().preferences().keeping());
    }

    @Test
    void aSettingsFileFromBeforeTheAgentTurnsItOn() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "{\"preferences\":{\"autoLockMinutes\":10,"
                + "\"clipboardClearSeconds\":30,\"language\":\"ENGLISH\"}}");

        assertEquals(true, SettingsStore.in(dir).load().preferences().sshAgent());
        assertEquals(10, SettingsStore.in(dir).load().preferences().autoLockMinutes());
    }

    @Test
    void preferencesOutsideTheOfferedChoicesFallBackToTheDefaults() throws IOException {
        Files.writeString(dir.resolve("settings.json"),
                "{\"preferences\":{\"autoLockMinutes\":0,\"clipboardClearSeconds\":-5,\"language\":\"KLINGON\"}}");
        assertEquals(io.yaoshi.ui.preferences.Preferences.defaults(), SettingsStore.in(dir).load().preferences());
    }
}
