package io.yaoshi.ui.passwordcost;

import io.yaoshi.ui.common.Views;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;

/** Code-behind of the Password Cost form: the current cost, the password field and what the measuring did. */
public final class PasswordCostController {

    private final PasswordCostViewModel viewModel;
    @FXML
    private Label costLabel;
    @FXML
    private PasswordField costPasswordField;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label costStatusLabel;
    @FXML
    private Label costFailureLabel;

    public PasswordCostController(PasswordCostViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        costLabel.textProperty().bind(viewModel.costProperty());
        costPasswordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        costPasswordField.disableProperty().bind(viewModel.busyProperty());
        // the password is the one thing to type: it has the focus when the dialog opens
        costPasswordField.sceneProperty().addListener((o, none, scene) -> Platform.runLater(
                costPasswordField::requestFocus));
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Views.showMessage(costStatusLabel, viewModel.statusProperty(), "form-hint");
        Views.showMessage(costFailureLabel, viewModel.failureProperty(), "error-text");
        viewModel.load();
    }
}
