package io.yaoshi.ui.main;

import io.yaoshi.ui.about.AboutDialog;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/** Code-behind of the main window: shows the unlock pane or the key list, binds the status bar, forwards menus. */
public final class MainController {

    private final MainViewModel viewModel;
    private final AboutDialog about;

    @FXML
    private MenuBar menuBar;
    @FXML
    private MenuItem lockItem;
    @FXML
    private Button lockButton;
    @FXML
    private Parent unlockView;
    @FXML
    private Parent keyListView;
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
        var unlocked = viewModel.unlockedProperty();
        unlockView.visibleProperty().bind(unlocked.not());
        keyListView.visibleProperty().bind(unlocked);
        lockItem.disableProperty().bind(viewModel.lockCommand().executableProperty().not());
        lockButton.disableProperty().bind(viewModel.lockCommand().executableProperty().not());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        keyCountLabel.textProperty().bind(viewModel.keyCountTextBinding());
        keyCountLabel.visibleProperty().bind(unlocked);
    }

    @FXML
    private void lock() {
        viewModel.lockCommand().execute();
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
