package io.yaoshi.ui.main;

import io.yaoshi.ui.about.AboutDialog;
import io.yaoshi.ui.accounts.AccountsDialog;
import io.yaoshi.ui.common.DialogWindows;
import io.yaoshi.ui.common.FilePicker;
import io.yaoshi.ui.common.ViewLoader;
import io.yaoshi.ui.keycreate.KeyCreateDialog;
import io.yaoshi.ui.keydelete.KeyDeleteDialog;
import io.yaoshi.ui.keydelete.KeyDeleteViewModel;
import io.yaoshi.ui.keyexport.KeyExportDialog;
import io.yaoshi.ui.keyimport.KeyImportDialog;
import io.yaoshi.ui.keylist.KeyListController;
import io.yaoshi.ui.keytags.KeyTagsDialog;
import io.yaoshi.ui.passwordcost.PasswordCostDialog;
import io.yaoshi.ui.preferences.PreferencesDialog;
import io.yaoshi.ui.sync.SyncDialog;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;

/** Code-behind of the main window: shows the unlock pane or the key list, binds the status bar, opens dialogs. */
public final class MainController {

    /** The dialogs the main window opens. */
    public record Dialogs(AboutDialog about, KeyCreateDialog create, KeyExportDialog export, KeyImportDialog importer,
                          KeyTagsDialog tags, AccountsDialog accounts, SyncDialog sync, PreferencesDialog preferences,
                          PasswordCostDialog passwordCost, FilePicker files) {
    }

    private final MainViewModel viewModel;
    private final Dialogs dialogs;
    private final Supplier<ViewLoader.Loaded<KeyListController>> keyListLoader;
    private KeyListController keyList;
    /** A menu's letter was just used: the character it types is not for the window. */
    private boolean mnemonicJustUsed;

    /** How often the idle time is looked at; the auto-lock fires at most this late. */
    private static final Duration IDLE_CHECK = Duration.seconds(1);

    @FXML
    private BorderPane mainRoot;
    @FXML
    private MenuBar menuBar;
    @FXML
    private MenuItem lockItem;
    @FXML
    private MenuItem accountsItem;
    @FXML
    private MenuItem syncItem;
    @FXML
    private javafx.scene.control.CheckMenuItem sandboxItem;
    @FXML
    private MenuItem newKeyItem;
    @FXML
    private MenuItem importKeyItem;
    @FXML
    private MenuItem exportKeyItem;
    @FXML
    private MenuItem copyPublicKeyItem;
    @FXML
    private MenuItem editTagsItem;
    @FXML
    private MenuItem deleteKeyItem;
    @FXML
    private MenuItem clearClipboardItem;
    @FXML
    private Button newKeyButton;
    @FXML
    private Button importKeyButton;
    @FXML
    private Button exportKeyButton;
    @FXML
    private Button syncButton;
    @FXML
    private Button lockButton;
    @FXML
    private Parent unlockView;
    @FXML
    private StackPane contentPane;
    @FXML
    private Label statusLabel;
    @FXML
    private Label keyCountLabel;
    @FXML
    private ResourceBundle resources;

    /** @param keyListLoader loads the key list view, on the first unlock */
    public MainController(MainViewModel viewModel, Dialogs dialogs,
                          Supplier<ViewLoader.Loaded<KeyListController>> keyListLoader) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.keyListLoader = keyListLoader;
    }

    @FXML
    private void initialize() {
        var unlocked = viewModel.unlockedProperty();
        unlockView.visibleProperty().bind(unlocked.not());
        unlocked.addListener((o, was, now) -> {
            if (now) {
                showKeyList();
            } else {
                // nothing of the vault stays on screen once it locks, by hand or on its own
                DialogWindows.closeVaultDialogs();
            }
        });
        var locked = viewModel.lockCommand().executableProperty().not();
        lockItem.disableProperty().bind(locked);
        lockButton.disableProperty().bind(locked);
        accountsItem.disableProperty().bind(unlocked.not());
        syncItem.disableProperty().bind(unlocked.not());
        sandboxItem.disableProperty().bind(unlocked.not());
        sandboxItem.selectedProperty().bindBidirectional(viewModel.sandboxRunningProperty());
        for (var item : new MenuItem[] {newKeyItem, importKeyItem}) {
            item.disableProperty().bind(unlocked.not());
        }
        newKeyButton.disableProperty().bind(unlocked.not());
        importKeyButton.disableProperty().bind(unlocked.not());
        syncButton.disableProperty().bind(unlocked.not());
        exportKeyItem.disableProperty().bind(viewModel.hasSelectionBinding().not());
        exportKeyButton.disableProperty().bind(viewModel.hasSelectionBinding().not());
        copyPublicKeyItem.disableProperty().bind(viewModel.copyPublicKeyCommand().executableProperty().not());
        clearClipboardItem.disableProperty().bind(viewModel.clearClipboardCommand().executableProperty().not());
        editTagsItem.disableProperty().bind(viewModel.hasSelectionBinding().not());
        deleteKeyItem.disableProperty().bind(viewModel.hasSelectionBinding().not());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        keyCountLabel.textProperty().bind(viewModel.keyCountTextBinding());
        keyCountLabel.visibleProperty().bind(unlocked);
        mainRoot.addEventFilter(InputEvent.ANY, event -> viewModel.userActive());
        mainRoot.addEventFilter(KeyEvent.KEY_PRESSED, this::mnemonicOfOpenMenu);
        mainRoot.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (openMenu().isPresent() || mnemonicJustUsed) {
                event.consume(); // an open menu takes the keyboard: nothing is typed underneath it
            }
            mnemonicJustUsed = false;
        });
        mainRoot.setOnDragOver(this::dragOver);
        mainRoot.setOnDragDropped(this::dropped);
        Timeline idleCheck = new Timeline(new KeyFrame(IDLE_CHECK, event -> viewModel.checkIdle()));
        idleCheck.setCycleCount(Animation.INDEFINITE);
        idleCheck.play();
    }

    /**
     * The key list is built when the vault first opens, not at start-up: the locked window's first frame does not
     * wait for the table and details panel to be loaded, styled and laid out.
     */
    private void showKeyList() {
        if (keyList == null) {
            ViewLoader.Loaded<KeyListController> loaded = keyListLoader.get();
            keyList = loaded.controller();
            keyList.details().onEditTags(this::editTags);
            loaded.root().visibleProperty().bind(viewModel.unlockedProperty());
            contentPane.getChildren().add(loaded.root());
        }
        keyList.focusSearch();
    }

    /**
     * With a menu open, its underlined letter chooses the item. JavaFX leaves the keyboard focus in the window under
     * the menu, so without this the letter would be typed into the search box instead.
     */
    private void mnemonicOfOpenMenu(KeyEvent event) {
        Optional<Menu> open = openMenu();
        if (open.isEmpty() || event.isShortcutDown() || event.isAltDown() || event.getText().isEmpty()) {
            return;
        }
        String letter = event.getText().toLowerCase(Locale.ROOT);
        open.get().getItems().stream()
                .filter(item -> item.isVisible() && !item.isDisable() && item.isMnemonicParsing())
                .filter(item -> mnemonic(item.getText()).equals(letter)).findFirst()
                .ifPresent(item -> {
                    event.consume();
                    mnemonicJustUsed = true; // its KEY_TYPED follows, after the menu has closed
                    open.get().hide();
                    // the item's action may open a dialog, which waits: let the key event finish first
                    Platform.runLater(item::fire);
                });
    }

    private Optional<Menu> openMenu() {
        return menuBar.getMenus().stream().filter(Menu::isShowing).findFirst();
    }

    /** The letter after the first underscore of a menu text ("_Preferences…", "首选项(_P)…"), lower case. */
    private static String mnemonic(String text) {
        int at = text == null ? -1 : text.indexOf('_');
        return at < 0 || at + 1 >= text.length() ? "" : text.substring(at + 1, at + 2).toLowerCase(Locale.ROOT);
    }

    private Window window() {
        return menuBar.getScene().getWindow();
    }

    @FXML
    private void newKey() {
        viewModel.createDialogClosed(dialogs.create().show(window(), viewModel.newKeyCreateViewModel()));
    }

    @FXML
    private void importKey() {
        importFiles(viewModel.importableFiles(dialogs.files().openFiles(window(),
                resources.getString("keyimport.chooser"))));
    }

    /** Key files dragged onto the window are offered for import, as if chosen in the Open dialog. */
    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && viewModel.importableFiles(paths(event.getDragboard())).size() > 0) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        List<Path> files = viewModel.importableFiles(paths(event.getDragboard()));
        event.setDropCompleted(!files.isEmpty());
        event.consume();
        // the import dialogs wait for the user: open them after the drop gesture has ended
        Platform.runLater(() -> importFiles(files));
    }

    private static List<Path> paths(Dragboard dragboard) {
        return dragboard.hasFiles() ? dragboard.getFiles().stream().map(File::toPath).toList() : List.of();
    }

    /** One import dialog per file (already filtered by the view model), in turn; cancelling one goes on. */
    private void importFiles(List<Path> files) {
        for (Path file : files) {
            dialogs.importer().show(window(), viewModel.newKeyImportViewModel(file)).ifPresent(viewModel::keyAdded);
        }
    }

    @FXML
    private void exportKey() {
        dialogs.export().show(window(), viewModel.newKeyExportViewModel()).ifPresent(viewModel::exported);
    }

    @FXML
    private void editTags() {
        dialogs.tags().show(window(), viewModel.newKeyTagsViewModel()).ifPresent(viewModel::tagsSaved);
    }

    @FXML
    private void copyPublicKey() {
        viewModel.copyPublicKeyCommand().execute();
    }

    @FXML
    private void clearClipboard() {
        viewModel.clearClipboardCommand().execute();
    }

    @FXML
    private void showPreferences() {
        dialogs.preferences().show(window(), dialogs.accounts()::show, dialogs.passwordCost()::show,
                viewModel.unlockedProperty());
    }

    @FXML
    private void deleteKey() {
        KeyDeleteViewModel deletion = viewModel.newKeyDeleteViewModel();
        KeyDeleteDialog.confirm(window(), deletion.prompt(), resources)
                .ifPresent(remotely -> deletion.delete(remotely, viewModel::deletionEnded));
    }

    @FXML
    private void showSync() {
        dialogs.sync().show(window(), viewModel.newSyncViewModel());
    }

    @FXML
    private void showAccounts() {
        dialogs.accounts().show(window());
    }

    @FXML
    private void lock() {
        viewModel.lockCommand().execute();
    }

    @FXML
    private void showAbout() {
        dialogs.about().show(window());
    }

    /** Closes the window the way its close button does, so the app remembers its geometry before it exits. */
    @FXML
    private void quit() {
        window().hide();
    }
}
