package io.yaoshi.ui.keycreate;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.ui.common.Views;
import java.util.Arrays;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

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
    private VBox tagRows;
    @FXML
    private Button addTagButton;
    @FXML
    private Label tagsError;
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
        markInvalid(nameField, viewModel.nameErrorProperty());
        typeChoice.getItems().setAll(Arrays.asList(KeyAlgorithm.values()));
        typeChoice.setConverter(Views.displayOnly(algorithm -> resources.getString("keytype." + algorithm.id())));
        typeChoice.valueProperty().bindBidirectional(viewModel.algorithmProperty());
        addTagButton.disableProperty().bind(viewModel.addTagCommand().executableProperty().not());
        Views.showMessage(tagsError, viewModel.tagsErrorProperty(), "error-text");
        Views.showMessage(failureLabel, viewModel.failureProperty(), "error-text");
        progress.visibleProperty().bind(viewModel.busyProperty());
        nameField.disableProperty().bind(viewModel.busyProperty());
        typeChoice.disableProperty().bind(viewModel.busyProperty());
        tagRows.disableProperty().bind(viewModel.busyProperty());
        viewModel.tags().addListener((ListChangeListener<TagRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    rebuildTagRows();
                    return;
                }
            }
        });
        rebuildTagRows();
    }

    @FXML
    private void addTag() {
        viewModel.addTagCommand().execute();
        if (!tagRows.getChildren().isEmpty()) {
            ((HBox) ((VBox) tagRows.getChildren().get(tagRows.getChildren().size() - 1)).getChildren().get(0))
                    .getChildren().get(0).requestFocus();
        }
    }

    private void rebuildTagRows() {
        tagRows.getChildren().clear();
        for (TagRow row : viewModel.tags()) {
            TextField key = new TextField();
            key.setPromptText(resources.getString("keycreate.tag.key"));
            key.textProperty().bindBidirectional(row.keyProperty());
            TextField value = new TextField();
            value.setPromptText(resources.getString("keycreate.tag.value"));
            value.textProperty().bindBidirectional(row.valueProperty());
            Button remove = new Button("\u2715");
            remove.getStyleClass().add("tag-remove");
            remove.setAccessibleText(resources.getString("keycreate.tag.remove"));
            remove.setOnAction(e -> viewModel.removeTag(row));
            HBox.setHgrow(key, Priority.ALWAYS);
            HBox.setHgrow(value, Priority.ALWAYS);
            Label message = new Label();
            Views.showMessage(message, row.messageProperty(), "error-text");
            markInvalid(key, row.messageProperty());
            VBox cell = new VBox(2, new HBox(6, key, value, remove), message);
            cell.getStyleClass().add("tag-row");
            tagRows.getChildren().add(cell);
        }
    }


    private static void markInvalid(TextField field, javafx.beans.value.ObservableStringValue message) {
        message.addListener((o, was, now) -> {
            field.getStyleClass().remove("invalid");
            if (!now.isEmpty()) {
                field.getStyleClass().add("invalid");
            }
        });
    }
}
