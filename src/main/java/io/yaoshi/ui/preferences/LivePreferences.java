package io.yaoshi.ui.preferences;

/**
 * The preferences in force in this run. The auto-lock and the clipboard read them each time they need them, so a
 * change in Preferences applies at once; the language is read only at start-up.
 */
public final class LivePreferences {

    private volatile Preferences current;

    public LivePreferences(Preferences initial) {
        this.current = initial;
    }

    public Preferences get() {
        return current;
    }

    void set(Preferences preferences) {
        current = preferences;
    }
}
