package io.yaoshi.ui.keylist;

import java.io.IOException;

/** Where the key table's layout is kept between runs (the app's settings file). */
public interface ColumnLayoutStore {

    ColumnLayout load();

    void save(ColumnLayout layout) throws IOException;
}
