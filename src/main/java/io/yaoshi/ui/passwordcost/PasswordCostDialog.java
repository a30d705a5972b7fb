package io.yaoshi.ui.passwordcost;

import io.yaoshi.i18n.Messages;
import io.yaoshi.service.VaultSession;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.FormDialogs;
import io.yaoshi.ui.common.ViewLoader;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** "Password Cost": measure Argon2id again on this computer; Close waits while the vault key is being re-wrapped. */
public final class PasswordCostDialog {

    private final ViewLoader views;
    private final Messages text;
    private final VaultSession vault;
    private final BackgroundRunner runner;

    public PasswordCostDialog(ViewLoader views, Messages text, VaultSession vault, BackgroundRunner runner) {
        this.views = views;
        this.text = text;
        this.vault = vault;
        this.runner = runner;
    }

    public void show(Window owner) {
        PasswordCostViewModel viewModel = new PasswordCostViewModel(vault, runner, text);
        Dialog<Void> dialog = FormDialogs.create(owner, text.get("passwordCost.title"),
                text.get("passwordCost.header"), "passwordCostDialog",
                views.load(new PasswordCostController(viewModel)), true);
        FormDialogs.confirmAndCancel(dialog, text.bundle(), text.get("passwordCost.remeasure"), "remeasureButton",
                viewModel.remeasureCommand());
        FormDialogs.noCancelWhile(dialog, viewModel.busyProperty());
        dialog.showAndWait();
    }
}
