package io.yaoshi.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.yaoshi.files.SafeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes {@code settings.json} in the data directory; a missing or damaged file means defaults. */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsStore(Path file) {
        this.file = file;
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
