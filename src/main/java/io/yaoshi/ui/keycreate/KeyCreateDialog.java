package io.yaoshi.ui.keycreate;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.ui.common.FormDialogs;
import io.yaoshi.ui.common.ViewLoader;
import io.yaoshi.ui.placement.Placements;
import io.yaoshi.ui.tags.TagEditors;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The "new key pair" dialog. Create does not close it: the key is generated in the background and the dialog closes
 * on success only, so a failure leaves everything the user typed in place. Escape cancels, also while the call runs
 * (see {@link KeyCreateViewModel#abandon()}).
 */
public final class KeyCreateDialog {

    private final ViewLoader views;
    private final ResourceBundle text;

    public KeyCreateDialog(ViewLoader views, ResourceBundle text) {
        this.views = views;
        this.text = text;
    }

    /** Shows the dialog and waits; the created key pair, or empty when the user cancelled. */
    public Optional<KeyPairRecord> show(Window owner, KeyCreateViewModel viewModel) {
        Dialog<KeyPairRecord> dialog = FormDialogs.create(owner, text.getString("keycreate.title"),
                text.getString("keycreate.header"), "keyCreateDialog",
                Placements.embed(views, TagEditors.embed(views, views.load(new KeyCreateController(viewModel)),
                        viewModel.tagEditor(), viewModel.busyProperty()), viewModel.placement(),
                        viewModel.busyProperty()), true);
        FormDialogs.confirmAndCancel(dialog, text, text.getString("keycreate.create"), "createButton",
                viewModel.createCommand());
        FormDialogs.closeWhenSet(dialog, viewModel.createdProperty());
        Optional<KeyPairRecord> result = dialog.showAndWait();
        if (result.isEmpty()) {
            viewModel.abandon();
        }
        return result;
    }
}
