package io.yaoshi.ui.keyexport;

import io.yaoshi.domain.ExportFormat;
import io.yaoshi.ui.common.Views;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;

/** Code-behind of the export form. */
public final class KeyExportController {

    private final KeyExportViewModel viewModel;

    @FXML
    private Label keyLabel;
    @FXML
    private ComboBox<ExportFormat> formatChoice;
    @FXML
    private CheckBox encryptBox;
    @FXML
    private PasswordField passphraseField;
    @FXML
    private PasswordField confirmationField;
    @FXML
    private Label passphraseProblem;
    @FXML
    private Label warningLabel;
    @FXML
    private Label formatNote;
    @FXML
    private Label failureLabel;
    @FXML
    private Label progressLabel;
    @FXML
    private ProgressIndicator progress;

    public KeyExportController(KeyExportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        keyLabel.setText(viewModel.key().name() + "  ·  " + viewModel.key().fingerprints().sha256());
        formatChoice.getItems().setAll(viewModel.formats());
        formatChoice.setConverter(Views.displayOnly(viewModel::formatText));
        formatChoice.valueProperty().bindBidirectional(viewModel.formatProperty());
        encryptBox.selectedProperty().bindBidirectional(viewModel.encryptProperty());
        encryptBox.disableProperty().bind(viewModel.encryptableBinding().not());
        var encrypting = viewModel.encryptProperty().and(viewModel.encryptableBinding());
        passphraseField.textProperty().bindBidirectional(viewModel.passphraseProperty());
        confirmationField.textProperty().bindBidirectional(viewModel.confirmationProperty());
        for (var field : new PasswordField[] {passphraseField, confirmationField}) {
            field.visibleProperty().bind(encrypting);
            field.managedProperty().bind(encrypting);
        }
        Views.showMessage(passphraseProblem, viewModel.passphraseProblemBinding(), "error-text");
        Views.showMessage(warningLabel, viewModel.warningBinding(), "warning-text");
        Views.showMessage(formatNote, viewModel.formatNoteBinding(), "form-hint");
        Views.showMessage(failureLabel, viewModel.failureProperty(), "error-text");
        Views.showProgress(progress, progressLabel, viewModel.progressProperty());
    }
}
