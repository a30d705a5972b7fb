package io.yaoshi.ui.backup;

import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.DialogButtons;
import io.yaoshi.ui.common.DialogWindows;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for the master password that opens the backups: the current one, unless it was changed since they were made.
 * The password leaves as a char array the caller wipes; the field is cleared.
 */
public final class BackupPasswordDialog {

    private BackupPasswordDialog() {
    }

    public static Optional<char[]> ask(Window owner, Messages text) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("backup.password.title"));
        dialog.setHeaderText(text.get("backup.password.header"));
        dialog.getDialogPane().setId("backupPasswordDialog");
        PasswordField password = new PasswordField();
        password.setId("backupPassword");
        Label hint = new Label(text.get("backup.password.hint"));
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        VBox content = new VBox(8, hint, password);
        content.getStyleClass().add("form");
        content.setPrefWidth(440);
        dialog.getDialogPane().setContent(content);
        ButtonType recover = new ButtonType(text.get("backup.password.recover"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(recover, DialogButtons.cancel(text.bundle()));
        dialog.getDialogPane().lookupButton(recover).disableProperty().bind(password.textProperty().isEmpty());
        DialogWindows.install(dialog, true);
        Platform.runLater(password::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        char[] typed = password.getText().toCharArray();
        password.clear();
        if (answer.filter(recover::equals).isEmpty()) {
            java.util.Arrays.fill(typed, '\0');
            return Optional.empty();
        }
        return Optional.of(typed);
    }
}
