package io.yaoshi.ui.keytags;

import io.yaoshi.ui.common.Views;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** Code-behind of the tag-editing form; the tag editor itself is placed in its slot by the dialog. */
public final class KeyTagsController {

    private final KeyTagsViewModel viewModel;

    @FXML
    private Label keyLabel;
    @FXML
    private Label failureLabel;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label progressLabel;

    public KeyTagsController(KeyTagsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        keyLabel.setText(viewModel.key().name());
        Views.showMessage(failureLabel, viewModel.failureProperty(), "error-text");
        Views.showProgress(progress, progressLabel, viewModel.progressProperty());
    }
}
