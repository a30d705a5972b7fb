package io.yaoshi.ui.preferences;

import io.yaoshi.ui.common.Views;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/**
 * Code-behind of the Preferences form: three choices bound to the view model, and the ways to the cloud accounts and
 * to the password cost, both kept in the vault.
 */
public final class PreferencesController {

    private final PreferencesViewModel viewModel;
    private final Runnable openAccounts;
    private final Runnable openPasswordCost;
    private final ObservableBooleanValue accountsAvailable;

    @FXML
    private ComboBox<Integer> autoLockChoice;
    @FXML
    private ComboBox<Integer> clipboardChoice;
    @FXML
    private ComboBox<LanguageOption> languageChoice;
    @FXML
    private Label restartHint;
    @FXML
    private CheckBox sshAgentCheck;
    @FXML
    private Label sshAgentHint;
    @FXML
    private CheckBox keepRunningCheck;
    @FXML
    private Button accountsButton;
    @FXML
    private Label accountsLockedHint;
    @FXML
    private Button passwordCostButton;
    @FXML
    private Label failureLabel;
    @FXML
    private ComboBox<Integer> historyEntriesChoice;
    @FXML
    private ComboBox<Integer> historyDaysChoice;
    @FXML
    private CheckBox automaticBackupsCheck;
    @FXML
    private ComboBox<Integer> backupsKeptChoice;
    @FXML
    private ProgressIndicator progress;

    /**
     * @param openAccounts      opens the Cloud Accounts dialog over this one
     * @param openPasswordCost  opens the Password Cost dialog over this one
     * @param accountsAvailable whether the vault is unlocked, where the accounts are kept
     */
    public PreferencesController(PreferencesViewModel viewModel, Runnable openAccounts, Runnable openPasswordCost,
                                 ObservableBooleanValue accountsAvailable) {
        this.viewModel = viewModel;
        this.openAccounts = openAccounts;
        this.openPasswordCost = openPasswordCost;
        this.accountsAvailable = accountsAvailable;
    }

    @FXML
    private void initialize() {
        autoLockChoice.getItems().setAll(viewModel.autoLockChoices());
        autoLockChoice.setConverter(Views.displayOnly(viewModel::minutesText));
        autoLockChoice.valueProperty().bindBidirectional(viewModel.autoLockMinutesProperty());
        clipboardChoice.getItems().setAll(viewModel.clipboardChoices());
        clipboardChoice.setConverter(Views.displayOnly(viewModel::secondsText));
        clipboardChoice.valueProperty().bindBidirectional(viewModel.clipboardClearSecondsProperty());
        languageChoice.getItems().setAll(viewModel.languageChoices());
        languageChoice.setConverter(Views.displayOnly(viewModel::languageText));
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());
        sshAgentCheck.selectedProperty().bindBidirectional(viewModel.sshAgentProperty());
        sshAgentHint.setText(viewModel.sshAgentHint());
        keepRunningCheck.selectedProperty().bindBidirectional(viewModel.keepRunningProperty());
        restartHint.visibleProperty().bind(viewModel.restartNeededBinding());
        restartHint.managedProperty().bind(restartHint.visibleProperty());
        accountsButton.disableProperty().bind(Bindings.not(accountsAvailable));
        accountsLockedHint.visibleProperty().bind(accountsButton.disabledProperty());
        accountsLockedHint.managedProperty().bind(accountsLockedHint.visibleProperty());
        passwordCostButton.disableProperty().bind(Bindings.not(accountsAvailable));
        historyEntriesChoice.getItems().setAll(viewModel.historyEntriesChoices());
        historyEntriesChoice.setConverter(Views.displayOnly(viewModel::entriesText));
        historyEntriesChoice.valueProperty().bindBidirectional(viewModel.historyEntriesProperty());
        historyDaysChoice.getItems().setAll(viewModel.historyDaysChoices());
        historyDaysChoice.setConverter(Views.displayOnly(viewModel::daysText));
        historyDaysChoice.valueProperty().bindBidirectional(viewModel.historyDaysProperty());
        automaticBackupsCheck.selectedProperty().bindBidirectional(viewModel.automaticBackupsProperty());
        backupsKeptChoice.getItems().setAll(viewModel.backupsKeptChoices());
        backupsKeptChoice.setConverter(Views.displayOnly(viewModel::keptText));
        backupsKeptChoice.valueProperty().bindBidirectional(viewModel.backupsKeptProperty());
        backupsKeptChoice.disableProperty().bind(automaticBackupsCheck.selectedProperty().not());
        Views.showMessage(failureLabel, viewModel.failureProperty(), "error-text");
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
    }

    @FXML
    private void openAccounts() {
        openAccounts.run();
    }

    @FXML
    private void openPasswordCost() {
        openPasswordCost.run();
    }
}
