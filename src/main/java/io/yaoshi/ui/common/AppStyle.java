package io.yaoshi.ui.common;

import javafx.scene.Parent;

/** The app's one stylesheet, on the main window and on every dialog (a dialog's window does not inherit it). */
public final class AppStyle {

    private static final String STYLESHEET = "/io/yaoshi/ui/common/yaoshi.css";

    private AppStyle() {
    }

    public static void apply(Parent root) {
        String url = AppStyle.class.getResource(STYLESHEET).toExternalForm();
        if (!root.getStylesheets().contains(url)) {
            root.getStylesheets().add(url);
        }
    }
}
