package io.yaoshi.ui.preferences;

import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.FormDialogs;
import io.yaoshi.ui.common.ViewLoader;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** "Preferences…": Save closes the dialog once the new preferences are written and in force. */
public final class PreferencesDialog {

    private final ViewLoader views;
    private final Messages text;
    private final PreferencesStore store;
    private final LivePreferences live;
    private final BackgroundRunner runner;

    public PreferencesDialog(ViewLoader views, Messages text, PreferencesStore store, LivePreferences live,
                             BackgroundRunner runner) {
        this.views = views;
        this.text = text;
        this.store = store;
        this.live = live;
        this.runner = runner;
    }

    /**
     * @param openAccounts      opens Cloud Accounts with the preferences window as its owner
     * @param openPasswordCost  opens Password Cost with the preferences window as its owner
     * @param vaultUnlocked     whether the vault is unlocked
     */
    /** @return what was saved, in words for the status line; empty when the user cancelled */
    public Optional<String> show(Window owner, Consumer<Window> openAccounts, Consumer<Window> openPasswordCost,
                                 ObservableBooleanValue vaultUnlocked) {
        PreferencesViewModel viewModel = new PreferencesViewModel(store, live, runner, text);
        Dialog<Preferences> dialog = FormDialogs.create(owner, text.get("preferences.title"),
                text.get("preferences.header"), "preferencesDialog",
                null, false);
        dialog.getDialogPane().setContent(views.load(new PreferencesController(viewModel,
                () -> openAccounts.accept(dialog.getDialogPane().getScene().getWindow()),
                () -> openPasswordCost.accept(dialog.getDialogPane().getScene().getWindow()), vaultUnlocked)));
        FormDialogs.confirmAndCancel(dialog, text.bundle(), text.get("preferences.save"), "savePreferencesButton",
                viewModel.saveCommand());
        FormDialogs.closeWhenSet(dialog, viewModel.savedProperty());
        return dialog.showAndWait().map(saved -> viewModel.confirmation());
    }
}
