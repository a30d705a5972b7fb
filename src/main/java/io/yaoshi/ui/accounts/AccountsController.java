package io.yaoshi.ui.accounts;

import io.yaoshi.domain.ProviderId;
import io.yaoshi.ui.common.Views;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Code-behind of the cloud accounts form. */
public final class AccountsController {

    private final AccountsViewModel viewModel;

    @FXML
    private ComboBox<ProviderId> accountProvider;
    @FXML
    private Label storedLabel;
    @FXML
    private Label keyIdLabel;
    @FXML
    private TextField keyIdField;
    @FXML
    private Label secretLabel;
    @FXML
    private PasswordField secretField;
    @FXML
    private VBox projectBox;
    @FXML
    private TextField projectField;
    @FXML
    private TextField endpointField;
    @FXML
    private Label accountMessage;
    @FXML
    private Label accountError;
    @FXML
    private Label accountProgressLabel;
    @FXML
    private ProgressIndicator accountProgress;
    @FXML
    private Button saveAccountButton;
    @FXML
    private Button testConnectionButton;

    public AccountsController(AccountsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        accountProvider.getItems().setAll(viewModel.providers());
        accountProvider.setConverter(Views.displayOnly(viewModel.choiceTexts()::provider));
        accountProvider.valueProperty().bindBidirectional(viewModel.providerProperty());
        var ucloud = viewModel.providerProperty().isEqualTo(ProviderId.UCLOUD);
        keyIdLabel.textProperty().bind(viewModel.keyIdLabelBinding());
        secretLabel.textProperty().bind(viewModel.secretLabelBinding());
        projectBox.visibleProperty().bind(ucloud);
        projectBox.managedProperty().bind(ucloud);
        storedLabel.textProperty().bind(viewModel.storedProperty());
        keyIdField.textProperty().bindBidirectional(viewModel.keyIdProperty());
        secretField.textProperty().bindBidirectional(viewModel.secretProperty());
        projectField.textProperty().bindBidirectional(viewModel.projectIdProperty());
        endpointField.textProperty().bindBidirectional(viewModel.endpointProperty());
        Views.showMessage(accountMessage, viewModel.messageProperty(), "form-hint");
        Views.showMessage(accountError, viewModel.failureProperty(), "error-text");
        Views.showProgress(accountProgress, accountProgressLabel, viewModel.progressProperty());
        saveAccountButton.disableProperty().bind(viewModel.saveCommand().executableProperty().not());
        testConnectionButton.disableProperty().bind(viewModel.testConnectionCommand().executableProperty().not());
    }

    @FXML
    private void testConnection() {
        viewModel.testConnectionCommand().execute();
    }

    @FXML
    private void save() {
        viewModel.saveCommand().execute();
    }
}
