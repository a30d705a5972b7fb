package io.yaoshi.ui.vaultunlock;

import io.yaoshi.ui.common.Views;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
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
    private HBox strengthRow;
    @FXML
    private ProgressBar strengthMeter;
    @FXML
    private TextField passwordShownField;
    @FXML
    private CheckBox showPasswordBox;
    @FXML
    private Label errorLabel;
    @FXML
    private Button submitButton;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label progressLabel;
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
        strengthMeter.progressProperty().bind(viewModel.strengthMeterBinding());
        viewModel.strengthStyleBinding().addListener((o, was, now) -> {
            strengthMeter.getStyleClass().remove(was);
            if (!now.isEmpty()) {
                strengthMeter.getStyleClass().add(now);
            }
        });
        var meterShown = creating.and(viewModel.passwordProperty().isNotEmpty());
        strengthRow.visibleProperty().bind(meterShown);
        strengthRow.managedProperty().bind(meterShown);
        showPassword();
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        submitButton.disableProperty().bind(viewModel.submitCommand().executableProperty().not());
        Views.showProgress(progress, progressLabel, viewModel.progressProperty());
        passwordField.disableProperty().bind(viewModel.busyProperty());
        passwordShownField.disableProperty().bind(viewModel.busyProperty());
        confirmationField.disableProperty().bind(viewModel.busyProperty());
        unlockPane.visibleProperty().addListener((o, was, visible) -> {
            if (visible) {
                passwordField.requestFocus();
            }
        });
        // the field is disabled while the vault opens, which passes the focus on (to Show password, which a space
        // would tick): after a refusal it comes back, so the password can be typed again at once
        viewModel.busyProperty().addListener((o, was, busy) -> {
            if (!busy && unlockPane.isVisible()) {
                (showPasswordBox.isSelected() ? passwordShownField : passwordField).requestFocus();
            }
        });
    }

    /** "Show password" swaps the dotted field for a plain one over the same text, keeping the caret. */
    private void showPassword() {
        passwordShownField.textProperty().bindBidirectional(viewModel.passwordProperty());
        passwordShownField.visibleProperty().bind(showPasswordBox.selectedProperty());
        passwordField.visibleProperty().bind(showPasswordBox.selectedProperty().not());
        showPasswordBox.selectedProperty().addListener((o, was, shown) -> {
            TextField now = shown ? passwordShownField : passwordField;
            int caret = (shown ? passwordField : passwordShownField).getCaretPosition();
            now.requestFocus();
            now.positionCaret(caret);
        });
        // nothing stays readable once the vault is open or locked again
        unlockPane.visibleProperty().addListener((o, was, visible) -> showPasswordBox.setSelected(false));
    }

    private String text(String key) {
        return resources.getString(key);
    }

    @FXML
    private void submit() {
        viewModel.submitCommand().execute();
    }
}
