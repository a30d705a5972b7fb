package io.yaoshi.ui.keycreate;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.ui.common.Views;
import java.util.Arrays;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** Code-behind of the "new key pair" form: binds fields, messages and the tag rows to the view model. */
public final class KeyCreateController {

    private final KeyCreateViewModel viewModel;

    @FXML
    private TextField nameField;
    @FXML
    private Label nameError;
    @FXML
    private ComboBox<KeyAlgorithm> typeChoice;
    @FXML
    private Label failureLabel;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private ResourceBundle resources;

    public KeyCreateController(KeyCreateViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public KeyCreateViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        // the dialog focuses its first button; the user wants to type the name
        nameField.sceneProperty().addListener((o, none, scene) -> javafx.application.Platform.runLater(
                nameField::requestFocus));
        Views.showMessage(nameError, viewModel.nameErrorProperty(), "error-text");
        Views.markInvalid(nameField, viewModel.nameErrorProperty());
        typeChoice.getItems().setAll(Arrays.asList(KeyAlgorithm.values()));
        typeChoice.setConverter(Views.displayOnly(algorithm -> resources.getString("keytype." + algorithm.id())));
        typeChoice.valueProperty().bindBidirectional(viewModel.algorithmProperty());
        Views.showMessage(failureLabel, viewModel.failureProperty(), "error-text");
        progress.visibleProperty().bind(viewModel.busyProperty());
        nameField.disableProperty().bind(viewModel.busyProperty());
        typeChoice.disableProperty().bind(viewModel.busyProperty());
    }
}
