package io.yaoshi.ui.common;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The shape every form dialog here shares: its confirm button runs the view model's command instead of closing,
 * and the dialog closes with the view model's result once that is set, so a failure leaves the form open with what
 * the user typed. Cancel and Escape close it with no result.
 */
public final class FormDialogs {

    private FormDialogs() {
    }

    /**
     * @param header         one sentence above the form saying what the dialog does
     * @param showsVaultData whether it closes when the vault locks ({@link DialogWindows})
     */
    public static <R> Dialog<R> create(Window owner, String title, String header, String paneId, Node form,
                                       boolean showsVaultData) {
        Dialog<R> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId(paneId);
        dialog.setResultConverter(button -> null);
        DialogWindows.install(dialog, showsVaultData);
        return dialog;
    }

    /** Adds the confirm button (enabled while the command can run) and Cancel; returns the confirm button. */
    public static Node confirmAndCancel(Dialog<?> dialog, ResourceBundle text, String confirmText, String confirmId,
                                        Command confirm) {
        ButtonType type = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(type, DialogButtons.cancel(text));
        Node button = dialog.getDialogPane().lookupButton(type);
        button.setId(confirmId);
        button.disableProperty().bind(confirm.executableProperty().not());
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            confirm.execute();
        });
        return button;
    }

    public static <R> void closeWhenSet(Dialog<R> dialog, ObservableValue<R> result) {
        result.addListener((o, none, value) -> {
            dialog.setResult(value);
            dialog.close();
        });
    }

    /** Cancel waits while the work runs, for dialogs whose work cannot be left half done. */
    public static void noCancelWhile(Dialog<?> dialog, ObservableValue<Boolean> busy) {
        ButtonType cancel = dialog.getDialogPane().getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow();
        dialog.getDialogPane().lookupButton(cancel).disableProperty().bind(
                Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(busy.getValue()), busy));
    }
}
