package io.yaoshi.ui.vaultunlock;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** Code-behind of the unlock / create-vault pane. */
public final class VaultUnlockController {

    private final VaultUnlockViewModel viewModel;

    @FXML
    private VBox unlockPane;
    @FXML
    private Label unlockTitle;
    @FXML
    private Label unlockHint;
    @FXML
    private PasswordField passwordField;
    @FXML
    private PasswordField confirmationField;
    @FXML
    private Label confirmationLabel;
    @FXML
    private Label strengthLabel;
    @FXML
    private Label errorLabel;
    @FXML
    private Button submitButton;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private ResourceBundle resources;

    public VaultUnlockController(VaultUnlockViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        var creating = viewModel.modeProperty().isEqualTo(VaultUnlockViewModel.Mode.CREATE);
        unlockTitle.textProperty().bind(Bindings.when(creating)
                .then(text("unlock.create.title")).otherwise(text("unlock.title")));
        unlockHint.textProperty().bind(Bindings.when(creating)
                .then(text("unlock.create.hint")).otherwise(text("unlock.hint")));
        submitButton.textProperty().bind(Bindings.when(creating)
                .then(text("unlock.create.button")).otherwise(text("unlock.button")));
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        confirmationField.textProperty().bindBidirectional(viewModel.confirmationProperty());
        confirmationField.visibleProperty().bind(creating);
        confirmationField.managedProperty().bind(creating);
        confirmationLabel.visibleProperty().bind(creating);
        confirmationLabel.managedProperty().bind(creating);
        strengthLabel.textProperty().bind(viewModel.strengthBinding());
        strengthLabel.visibleProperty().bind(creating);
        strengthLabel.managedProperty().bind(creating);
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        submitButton.disableProperty().bind(viewModel.submitCommand().executableProperty().not());
        progress.visibleProperty().bind(viewModel.busyProperty());
        passwordField.disableProperty().bind(viewModel.busyProperty());
        confirmationField.disableProperty().bind(viewModel.busyProperty());
        unlockPane.visibleProperty().addListener((o, was, visible) -> {
            if (visible) {
                passwordField.requestFocus();
            }
        });
    }

    private String text(String key) {
        return resources.getString(key);
    }

    @FXML
    private void submit() {
        viewModel.submitCommand().execute();
    }
}
