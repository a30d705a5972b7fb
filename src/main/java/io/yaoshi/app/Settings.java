package io.yaoshi.app;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the desktop app remembers between runs. Never holds anything secret. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(WindowGeometry window) {

    public static Settings defaults() {
        return new Settings(WindowGeometry.firstRun());
    }

    public Settings {
        window = window == null ? WindowGeometry.firstRun() : window.sane();
    }

    public Settings withWindow(WindowGeometry geometry) {
        return new Settings(geometry);
    }
}
