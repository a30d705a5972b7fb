package io.yaoshi.ui.accounts;

import io.yaoshi.i18n.Messages;
import io.yaoshi.service.ConnectionTest;
import io.yaoshi.service.CredentialService;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DialogButtons;
import io.yaoshi.ui.common.DialogWindows;
import io.yaoshi.ui.common.ViewLoader;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** "Cloud Accounts…": the credentials Yaoshi signs cloud requests with, kept in the vault. */
public final class AccountsDialog {

    private final ViewLoader views;
    private final Messages text;
    private final CredentialService credentials;
    private final ConnectionTest connections;
    private final BackgroundRunner runner;

    public AccountsDialog(ViewLoader views, Messages text, CredentialService credentials, ConnectionTest connections,
                          BackgroundRunner runner) {
        this.views = views;
        this.text = text;
        this.credentials = credentials;
        this.connections = connections;
        this.runner = runner;
    }

    public void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("accounts.title"));
        dialog.setHeaderText(text.get("accounts.header"));
        dialog.getDialogPane().setContent(views.load(new AccountsController(
                new AccountsViewModel(credentials, connections, runner, text))));
        dialog.getDialogPane().setId("accountsDialog");
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.close(text.bundle()));
        DialogWindows.install(dialog, true);
        dialog.showAndWait();
    }
}
