package io.yaoshi.ui.keyimport;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.ui.common.ViewLoader;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** "Import key file…": name it, give its passphrase if it has one; closes when the key pair is stored. */
public final class KeyImportDialog {

    private final ViewLoader views;
    private final ResourceBundle text;

    public KeyImportDialog(ViewLoader views, ResourceBundle text) {
        this.views = views;
        this.text = text;
    }

    public Optional<KeyPairRecord> show(Window owner, KeyImportViewModel viewModel) {
        Dialog<KeyPairRecord> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.getString("keyimport.title"));
        dialog.getDialogPane().setContent(views.load(new KeyImportController(viewModel)));
        dialog.getDialogPane().setId("keyImportDialog");
        ButtonType importType = new ButtonType(text.getString("keyimport.import"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
        Node importButton = dialog.getDialogPane().lookupButton(importType);
        importButton.setId("importButton");
        importButton.disableProperty().bind(viewModel.importCommand().executableProperty().not());
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.importCommand().execute();
        });
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(viewModel.busyProperty());
        viewModel.importedProperty().addListener((o, none, record) -> {
            dialog.setResult(record);
            dialog.close();
        });
        dialog.setResultConverter(button -> null);
        return dialog.showAndWait();
    }
}
