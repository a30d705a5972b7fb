package io.yaoshi.ui.keycreate;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.ui.common.Views;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** Code-behind of the "new key pair" form: binds fields, messages and the tag rows to the view model. */
public final class KeyCreateController {

    private final KeyCreateViewModel viewModel;

    @FXML
    private VBox modeFields;
    @FXML
    private RadioButton importMode;
    @FXML
    private RadioButton providerMode;
    @FXML
    private Label whereHint;
    @FXML
    private Label nameRule;
    @FXML
    private Label typeError;
    @FXML
    private Label typeNote;
    @FXML
    private TextField nameField;
    @FXML
    private Label nameError;
    @FXML
    private ComboBox<KeyAlgorithm> typeChoice;
    @FXML
    private Label failureLabel;
    @FXML
    private Label progressLabel;
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
        placement();
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        nameRule.textProperty().bind(viewModel.nameRuleProperty());
        Views.showMessage(typeError, viewModel.typeErrorProperty(), "error-text");
        // the dialog focuses its first button; the user wants to type the name
        nameField.sceneProperty().addListener((o, none, scene) -> javafx.application.Platform.runLater(
                nameField::requestFocus));
        Views.showMessage(nameError, viewModel.nameErrorProperty(), "error-text");
        Views.markInvalid(nameField, viewModel.nameErrorProperty());
        typeChoice.setItems(viewModel.algorithms());
        Views.showMessage(typeNote, viewModel.typeNoteProperty(), "form-hint");
        typeChoice.setConverter(Views.displayOnly(viewModel.choiceTexts()::keyType));
        Views.bindChoice(typeChoice, viewModel.algorithmProperty());
        typeChoice.disableProperty().bind(viewModel.busyProperty().or(viewModel.typeChosenHereBinding().not()));
        Views.showMessage(failureLabel, viewModel.failureProperty(), "error-text");
        Views.showProgress(progress, progressLabel, viewModel.progressProperty());
        nameField.disableProperty().bind(viewModel.busyProperty());
    }

    /** The mode radio buttons, shown for a cloud; the hint that a local key stays here, shown otherwise. */
    private void placement() {
        var cloud = viewModel.placement().cloudBinding();
        show(modeFields, cloud);
        show(whereHint, cloud.not());
        ToggleGroup modes = new ToggleGroup();
        importMode.setToggleGroup(modes);
        providerMode.setToggleGroup(modes);
        importMode.setUserData(CreateMode.IMPORT);
        providerMode.setUserData(CreateMode.PROVIDER);
        modes.selectToggle(viewModel.modeProperty().get() == CreateMode.IMPORT ? importMode : providerMode);
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.modeProperty().set((CreateMode) now.getUserData());
            }
        });
    }

    private static void show(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
