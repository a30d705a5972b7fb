package io.yaoshi.ui.keyexport;

import io.yaoshi.ui.common.FilePicker;
import io.yaoshi.ui.common.ViewLoader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * "Export…": choose the format and protection, then where to save. The dialog stays open while writing and closes
 * when the file is safely in place; a failure is shown in it.
 */
public final class KeyExportDialog {

    private final ViewLoader views;
    private final ResourceBundle text;
    private final FilePicker files;

    public KeyExportDialog(ViewLoader views, ResourceBundle text, FilePicker files) {
        this.views = views;
        this.text = text;
        this.files = files;
    }

    /** Shows the dialog and waits; the file written, or empty when the user cancelled. */
    public Optional<Path> show(Window owner, KeyExportViewModel viewModel) {
        Dialog<Path> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.getString("keyexport.title"));
        dialog.getDialogPane().setContent(views.load(new KeyExportController(viewModel)));
        dialog.getDialogPane().setId("keyExportDialog");
        ButtonType export = new ButtonType(text.getString("keyexport.export"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        Node exportButton = dialog.getDialogPane().lookupButton(export);
        exportButton.setId("exportButton");
        exportButton.disableProperty().bind(viewModel.canExportBinding().not());
        exportButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            files.save(dialog.getDialogPane().getScene().getWindow(), text.getString("keyexport.chooser"),
                    viewModel.suggestedFileName()).ifPresent(viewModel::exportTo);
        });
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(viewModel.busyProperty());
        viewModel.exportedProperty().addListener((o, none, path) -> {
            dialog.setResult(path);
            dialog.close();
        });
        dialog.setResultConverter(button -> null);
        return dialog.showAndWait();
    }
}
