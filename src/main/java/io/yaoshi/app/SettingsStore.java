package io.yaoshi.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.yaoshi.files.SafeFiles;
import io.yaoshi.ui.keylist.ColumnLayout;
import io.yaoshi.ui.keylist.ColumnLayoutStore;
import io.yaoshi.ui.preferences.Preferences;
import io.yaoshi.ui.preferences.PreferencesStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes {@code settings.json} in the data directory; a missing or damaged file means defaults. */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // a language or other choice from a newer version reads as "not set", not as a damaged file
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The settings file of a data directory. */
    public static SettingsStore in(Path dataDir) {
        return new SettingsStore(dataDir.resolve("settings.json"));
    }

    public Settings load() {
        try {
            Settings settings = json.readValue(Files.readAllBytes(file), Settings.class);
            return settings == null ? Settings.defaults() : settings;
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (IOException e) {
            LOG.warn("Settings file {} is unreadable ({}); using defaults", file, e.getClass().getSimpleName());
            return Settings.defaults();
        }
    }

    /** Reads the file afresh and writes back one change, so separate parts of the app never undo each other's. */
    public void update(UnaryOperator<Settings> change) throws IOException {
        save(change.apply(load()));
    }

    /** The preferences part, for the Preferences dialog. */
    public PreferencesStore preferences() {
        return new PreferencesStore() {
            @Override
            public Preferences load() {
                return SettingsStore.this.load().preferences();
            }

            @Override
            public void save(Preferences preferences) throws IOException {
                update(settings -> settings.withPreferences(preferences));
            }
        };
    }

    /** The key list's column layout. */
    public ColumnLayoutStore keyColumns() {
        return new ColumnLayoutStore() {
            @Override
            public ColumnLayout load() {
                return SettingsStore.this.load().keyColumns();
            }

            @Override
            public void save(ColumnLayout layout) throws IOException {
                update(settings -> settings.withKeyColumns(layout));
            }
        };
    }

    public void save(Settings settings) throws IOException {
        byte[] content;
        try {
            content = json.writeValueAsBytes(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings are not serialisable", e);
        }
        SafeFiles.writeAtomically(file, content, SafeFiles.Overwrite.ALLOW);
    }
}
