package io.yaoshi.ui.sync;

import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.DialogButtons;
import io.yaoshi.ui.common.DialogWindows;
import io.yaoshi.ui.common.ViewLoader;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** "Sync with Cloud…": the three-way view of one cloud region. */
public final class SyncDialog {

    private final ViewLoader views;
    private final Messages text;

    public SyncDialog(ViewLoader views, Messages text) {
        this.views = views;
        this.text = text;
    }

    public void show(Window owner, SyncViewModel viewModel) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("sync.title"));
        dialog.setHeaderText(text.get("sync.header"));
        dialog.getDialogPane().setContent(views.load(new SyncController(viewModel)));
        dialog.getDialogPane().setId("syncDialog");
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.close(text.bundle()));
        dialog.setResizable(true);
        DialogWindows.install(dialog, true);
        dialog.showAndWait();
    }
}
