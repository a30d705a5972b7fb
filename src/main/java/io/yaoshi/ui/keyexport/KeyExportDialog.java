package io.yaoshi.ui.keyexport;

import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FilePicker;
import io.yaoshi.ui.common.FormDialogs;
import io.yaoshi.ui.common.ViewLoader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
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
        Dialog<Path> dialog = FormDialogs.create(owner, text.getString("keyexport.title"),
                viewModel.header(), "keyExportDialog",
                views.load(new KeyExportController(viewModel)), true);
        // Export first asks where to save, then the view model writes there
        FormDialogs.confirmAndCancel(dialog, text, text.getString("keyexport.export"), "exportButton",
                Command.when(viewModel.canExportBinding(), () -> files.save(
                        dialog.getDialogPane().getScene().getWindow(), text.getString("keyexport.chooser"),
                        viewModel.suggestedFileName()).ifPresent(viewModel::exportTo)));
        FormDialogs.noCancelWhile(dialog, viewModel.busyProperty());
        FormDialogs.closeWhenSet(dialog, viewModel.exportedProperty());
        return dialog.showAndWait();
    }
}
