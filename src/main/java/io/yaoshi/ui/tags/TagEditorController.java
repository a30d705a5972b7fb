package io.yaoshi.ui.tags;

import io.yaoshi.ui.common.Views;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Code-behind of the tag editor: one row of key, value and remove button per tag, each with its message. */
public final class TagEditorController {

    private final TagEditorViewModel viewModel;

    @FXML
    private VBox tagRows;
    @FXML
    private ScrollPane tagScroll;
    @FXML
    private Button addTagButton;
    @FXML
    private Label tagsError;
    @FXML
    private ResourceBundle resources;

    private static final double MAX_ROWS_HEIGHT = 160;

    public TagEditorController(TagEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        addTagButton.disableProperty().bind(viewModel.addCommand().executableProperty().not());
        Views.showMessage(tagsError, viewModel.tagsErrorProperty(), "error-text");
        // as tall as its rows, up to about four of them; no empty box while there are none
        tagScroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(tagRows.prefHeight(-1), MAX_ROWS_HEIGHT), tagRows.heightProperty(),
                tagRows.getChildren()));
        tagScroll.visibleProperty().bind(Bindings.isNotEmpty(tagRows.getChildren()));
        tagScroll.managedProperty().bind(tagScroll.visibleProperty());
        viewModel.rows().addListener((ListChangeListener<TagRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    @FXML
    private void addTag() {
        viewModel.addCommand().execute();
        if (!tagRows.getChildren().isEmpty()) {
            keyFieldOf(tagRows.getChildren().size() - 1).requestFocus();
        }
    }

    private void nextTag(TagRow after) {
        int next = viewModel.rows().indexOf(after) + 1;
        if (next < tagRows.getChildren().size()) {
            keyFieldOf(next).requestFocus();
        } else if (viewModel.addCommand().isExecutable()) {
            addTag();
        }
    }

    private TextField keyFieldOf(int index) {
        VBox cell = (VBox) tagRows.getChildren().get(index);
        return (TextField) ((HBox) cell.getChildren().get(0)).getChildren().get(0);
    }

    private void rebuild() {
        tagRows.getChildren().clear();
        for (TagRow row : viewModel.rows()) {
            TextField key = new TextField();
            key.setPromptText(resources.getString("keycreate.tag.key"));
            key.textProperty().bindBidirectional(row.keyProperty());
            TextField value = new TextField();
            value.setPromptText(resources.getString("keycreate.tag.value"));
            value.textProperty().bindBidirectional(row.valueProperty());
            Button remove = new Button("\u2715");
            remove.getStyleClass().add("tag-remove");
            remove.setAccessibleText(resources.getString("keycreate.tag.remove"));
            remove.setOnAction(e -> viewModel.remove(row));
            // Enter moves on through the tags (key, value, the next tag's key, a new tag) instead of submitting the form
            key.setOnAction(event -> {
                event.consume();
                value.requestFocus();
            });
            value.setOnAction(event -> {
                event.consume();
                nextTag(row);
            });
            HBox.setHgrow(key, Priority.ALWAYS);
            HBox.setHgrow(value, Priority.ALWAYS);
            Label message = new Label();
            Views.showMessage(message, row.messageProperty(), "error-text");
            Views.markInvalid(key, row.messageProperty());
            VBox cell = new VBox(2, new HBox(6, key, value, remove), message);
            cell.getStyleClass().add("tag-row");
            tagRows.getChildren().add(cell);
        }
    }
}
