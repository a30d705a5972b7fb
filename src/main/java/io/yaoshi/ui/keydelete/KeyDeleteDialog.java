package io.yaoshi.ui.keydelete;

import io.yaoshi.ui.common.DialogButtons;
import io.yaoshi.ui.common.DialogWindows;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The confirmation before a key pair is deleted: here only, here and at its cloud (when it may be there), or not. */
public final class KeyDeleteDialog {

    private KeyDeleteDialog() {
    }

    /** Whether to delete at the cloud too; empty when the user cancelled. Enter cancels: nothing destructive is default. */
    public static Optional<Boolean> confirm(Window owner, KeyDeleteViewModel.Prompt prompt, ResourceBundle text) {
        ButtonType here = new ButtonType(text.getString(prompt.remoteOffered() ? "keydelete.confirm.here"
                : "keydelete.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType everywhere = new ButtonType(prompt.remoteLabel(), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = DialogButtons.cancel(text);
        Alert confirm = new Alert(Alert.AlertType.WARNING, prompt.body(), cancel);
        if (prompt.remoteOffered()) {
            confirm.getButtonTypes().add(0, everywhere);
        }
        confirm.getButtonTypes().add(0, here);
        confirm.initOwner(owner);
        confirm.setTitle(text.getString("keydelete.title"));
        confirm.setHeaderText(prompt.header());
        confirm.getDialogPane().setId("deleteConfirmation");
        DialogWindows.install(confirm, true);
        ((Button) confirm.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        ((Button) confirm.getDialogPane().lookupButton(here)).setDefaultButton(false);
        confirm.getDialogPane().lookupButton(here).getStyleClass().add("danger");
        if (prompt.remoteOffered()) {
            confirm.getDialogPane().lookupButton(everywhere).getStyleClass().add("danger");
        }
        return confirm.showAndWait().filter(choice -> choice == here || choice == everywhere)
                .map(choice -> choice == everywhere);
    }
}
