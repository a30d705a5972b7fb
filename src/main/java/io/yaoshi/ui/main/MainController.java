package io.yaoshi.ui.main;

import io.yaoshi.ui.about.AboutDialog;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;

/** Code-behind of the main window: binds the status bar and forwards menu actions. */
public final class MainController {

    private final MainViewModel viewModel;
    private final AboutDialog about;

    @FXML
    private MenuBar menuBar;
    @FXML
    private Label statusLabel;
    @FXML
    private Label keyCountLabel;

    public MainController(MainViewModel viewModel, AboutDialog about) {
        this.viewModel = viewModel;
        this.about = about;
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(viewModel.statusProperty());
        keyCountLabel.textProperty().bind(viewModel.keyCountTextBinding());
    }

    @FXML
    private void showAbout() {
        about.show(menuBar.getScene().getWindow());
    }

    /** Closes the window the way its close button does, so the app remembers its geometry before it exits. */
    @FXML
    private void quit() {
        menuBar.getScene().getWindow().hide();
    }
}
