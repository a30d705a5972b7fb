package io.yaoshi.app;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.yaoshi.ui.keylist.ColumnLayout;
import io.yaoshi.ui.preferences.Preferences;

/** What the desktop app remembers between runs. Never holds anything secret. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(WindowGeometry window, Preferences preferences, ColumnLayout keyColumns) {

    public static Settings defaults() {
        return new Settings(WindowGeometry.firstRun(), Preferences.defaults(), ColumnLayout.unchanged());
    }

    public Settings {
        window = window == null ? WindowGeometry.firstRun() : window.sane();
        preferences = preferences == null ? Preferences.defaults() : preferences;
        keyColumns = keyColumns == null ? ColumnLayout.unchanged() : keyColumns;
    }

    public Settings withWindow(WindowGeometry geometry) {
        return new Settings(geometry, preferences, keyColumns);
    }

    public Settings withPreferences(Preferences chosen) {
        return new Settings(window, chosen, keyColumns);
    }

    public Settings withKeyColumns(ColumnLayout layout) {
        return new Settings(window, preferences, layout);
    }
}
