package io.yaoshi.ui.about;

import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.DialogButtons;
import io.yaoshi.ui.common.DialogWindows;
import java.net.URL;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/** The About box: name, version, what Yaoshi is, and where it keeps its data and logs. */
public final class AboutDialog {

    private final Messages messages;
    private final String version;
    private final Path dataDir;
    private final URL icon;

    /** @param icon the app's icon, shown beside its name */
    public AboutDialog(Messages messages, String version, Path dataDir, URL icon) {
        this.messages = messages;
        this.version = version;
        this.dataDir = dataDir;
        this.icon = icon;
    }

    public void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", DialogButtons.ok(messages.bundle()));
        alert.initOwner(owner);
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(messages.format("about.header", version));
        alert.setContentText(messages.format("about.body", dataDir.toString()));
        alert.setGraphic(new ImageView(new Image(icon.toExternalForm(), 64, 64, true, true)));
        alert.getDialogPane().setId("aboutDialog");
        alert.getDialogPane().getStyleClass().add("about-dialog");
        DialogWindows.install(alert, false);
        alert.showAndWait();
    }
}
