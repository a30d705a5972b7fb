package io.yaoshi.ui.keyimport;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.ui.common.FormDialogs;
import io.yaoshi.ui.common.ViewLoader;
import io.yaoshi.ui.placement.Placements;
import java.util.Optional;
import java.util.ResourceBundle;
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
        Dialog<KeyPairRecord> dialog = FormDialogs.create(owner, text.getString("keyimport.title"),
                text.getString("keyimport.header"), "keyImportDialog",
                Placements.embed(views, views.load(new KeyImportController(viewModel)), viewModel.placement(),
                        viewModel.lockedProperty()), true);
        FormDialogs.confirmAndCancel(dialog, text, text.getString("keyimport.import"), "importButton",
                viewModel.importCommand());
        FormDialogs.noCancelWhile(dialog, viewModel.busyProperty());
        FormDialogs.closeWhenSet(dialog, viewModel.importedProperty());
        return dialog.showAndWait();
    }
}
