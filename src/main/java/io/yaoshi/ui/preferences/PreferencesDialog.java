package io.yaoshi.ui.preferences;

import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.ViewLoader;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
     * @param accountsAvailable whether the vault is unlocked
     */
    public void show(Window owner, Consumer<Window> openAccounts, ObservableBooleanValue accountsAvailable) {
        PreferencesViewModel viewModel = new PreferencesViewModel(store, live, runner, text);
        Dialog<Preferences> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("preferences.title"));
        dialog.getDialogPane().setContent(views.load(new PreferencesController(viewModel,
                () -> openAccounts.accept(dialog.getDialogPane().getScene().getWindow()), accountsAvailable)));
        dialog.getDialogPane().setId("preferencesDialog");
        ButtonType save = new ButtonType(text.get("preferences.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("savePreferencesButton");
        saveButton.disableProperty().bind(viewModel.saveCommand().executableProperty().not());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.saveCommand().execute();
        });
        viewModel.savedProperty().addListener((o, none, preferences) -> {
            dialog.setResult(preferences);
            dialog.close();
        });
        dialog.setResultConverter(button -> null);
        dialog.showAndWait();
    }
}
