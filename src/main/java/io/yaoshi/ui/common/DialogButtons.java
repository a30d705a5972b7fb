package io.yaoshi.ui.common;

import java.util.ResourceBundle;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * Cancel, Close and OK in the app's language. JavaFX's own {@code ButtonType.CANCEL} and the like take their text
 * from the JVM's default locale once, when the class loads, and so may speak another language than the app.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    public static ButtonType cancel(ResourceBundle text) {
        return new ButtonType(text.getString("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(ResourceBundle text) {
        return new ButtonType(text.getString("dialog.close"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType ok(ResourceBundle text) {
        return new ButtonType(text.getString("dialog.ok"), ButtonData.OK_DONE);
    }
}
