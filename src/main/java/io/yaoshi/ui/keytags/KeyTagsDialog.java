package io.yaoshi.ui.keytags;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.ui.common.FormDialogs;
import io.yaoshi.ui.common.ViewLoader;
import io.yaoshi.ui.tags.TagEditors;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** "Edit tags…": the tag editor for one key pair; Save closes it once the vault has the new tags. */
public final class KeyTagsDialog {

    private final ViewLoader views;
    private final ResourceBundle text;

    public KeyTagsDialog(ViewLoader views, ResourceBundle text) {
        this.views = views;
        this.text = text;
    }

    public Optional<KeyPairRecord> show(Window owner, KeyTagsViewModel viewModel) {
        Dialog<KeyPairRecord> dialog = FormDialogs.create(owner, text.getString("keytags.title"),
                viewModel.header(), "keyTagsDialog",
                TagEditors.embed(views, views.load(new KeyTagsController(viewModel)), viewModel.tagEditor(),
                        viewModel.busyProperty()), true);
        FormDialogs.confirmAndCancel(dialog, text, text.getString("keytags.save"), "saveTagsButton",
                viewModel.saveCommand());
        FormDialogs.noCancelWhile(dialog, viewModel.busyProperty());
        FormDialogs.closeWhenSet(dialog, viewModel.savedProperty());
        return dialog.showAndWait();
    }
}
