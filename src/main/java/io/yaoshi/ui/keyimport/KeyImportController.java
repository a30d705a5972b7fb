package io.yaoshi.ui.keyimport;

import io.yaoshi.ui.common.Views;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** Code-behind of the import form. */
public final class KeyImportController {

    private final KeyImportViewModel viewModel;

    @FXML
    private Label fileLabel;
    @FXML
    private Label summaryLabel;
    @FXML
    private Label fingerprintLabel;
    @FXML
    private Label fileProblemLabel;
    @FXML
    private Label alreadyHereLabel;
    @FXML
    private Label typeErrorLabel;
    @FXML
    private TextField nameField;
    @FXML
    private Label nameError;
    @FXML
    private Label cloudHint;
    @FXML
    private Label passphraseLabel;
    @FXML
    private PasswordField passphraseField;
    @FXML
    private Label failureLabel;
    @FXML
    private Label progressLabel;
    @FXML
    private ProgressIndicator progress;

    public KeyImportController(KeyImportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        fileLabel.setText(viewModel.file().toAbsolutePath().toString());
        Views.showMessage(summaryLabel, viewModel.summaryProperty(), "key-summary");
        Views.showMessage(fingerprintLabel, viewModel.fingerprintProperty(), "mono");
        Views.showMessage(fileProblemLabel, viewModel.fileProblemProperty(), "error-text");
        Views.showMessage(alreadyHereLabel, viewModel.alreadyHereProperty(), "warning-text");
        Views.showMessage(typeErrorLabel, viewModel.typeErrorProperty(), "error-text");
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        // the name comes from the file: an encrypted key's passphrase is what is left to type
        nameField.sceneProperty().addListener((o, none, scene) -> Platform.runLater(
                () -> (viewModel.needsPassphraseProperty().get() ? passphraseField : nameField).requestFocus()));
        passphraseField.textProperty().bindBidirectional(viewModel.passphraseProperty());
        for (Node node : new Node[] {passphraseLabel, passphraseField}) {
            node.visibleProperty().bind(viewModel.needsPassphraseProperty());
            node.managedProperty().bind(viewModel.needsPassphraseProperty());
        }
        viewModel.needsPassphraseProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(passphraseField::requestFocus); // once the field is shown
            }
        });
        Views.showMessage(nameError, viewModel.nameErrorProperty(), "error-text");
        Views.markInvalid(nameField, viewModel.nameErrorProperty());
        cloudHint.visibleProperty().bind(viewModel.placement().cloudBinding());
        cloudHint.managedProperty().bind(cloudHint.visibleProperty());
        Views.showMessage(failureLabel, viewModel.failureProperty(), "error-text");
        Views.showProgress(progress, progressLabel, viewModel.progressProperty());
        nameField.disableProperty().bind(viewModel.lockedProperty());
    }
}
