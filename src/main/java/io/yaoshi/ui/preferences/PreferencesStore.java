package io.yaoshi.ui.preferences;

import java.io.IOException;

/** Where preferences are kept between runs (the app's settings file). */
public interface PreferencesStore {

    Preferences load();

    void save(Preferences preferences) throws IOException;
}
