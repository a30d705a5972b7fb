package io.yaoshi.ui.main;

import io.yaoshi.ui.common.DialogWindows;
import io.yaoshi.ui.common.FileDrop;
import io.yaoshi.ui.common.MenuMnemonics;
import io.yaoshi.ui.common.Repeating;
import io.yaoshi.ui.common.ViewLoader;
import io.yaoshi.ui.common.Views;
import io.yaoshi.ui.keylist.KeyListController;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;

/** Code-behind of the main window: shows the unlock pane or the key list, binds the status bar, opens dialogs. */
public final class MainController {

    /** How often the idle time is looked at; the auto-lock fires at most this late. */
    private static final Duration IDLE_CHECK = Duration.seconds(1);

    private final MainViewModel viewModel;
    private final WindowDialogs dialogs;
    private final SandboxSwitch sandbox;
    private final Supplier<ViewLoader.Loaded<KeyListController>> keyListLoader;
    private final AgentStatus agent;
    private KeyListController keyList;

    @FXML private BorderPane mainRoot;
    @FXML private MenuBar menuBar;
    @FXML private MenuItem lockItem;
    @FXML private MenuItem accountsItem;
    @FXML private MenuItem syncItem;
    @FXML private MenuItem serversItem;
    @FXML private MenuItem historyItem;
    @FXML private MenuItem teamsItem;
    @FXML private MenuItem backupItem;
    @FXML private CheckMenuItem sandboxItem;
    @FXML private MenuItem newKeyItem;
    @FXML private MenuItem importKeyItem;
    @FXML private MenuItem exportKeyItem;
    @FXML private MenuItem copyPublicKeyItem;
    @FXML private MenuItem editTagsItem;
    @FXML private MenuItem deleteKeyItem;
    @FXML private MenuItem rotateKeyItem;
    @FXML private MenuItem clearClipboardItem;
    @FXML private Button newKeyButton;
    @FXML private Button importKeyButton;
    @FXML private Button exportKeyButton;
    @FXML private Button syncButton;
    @FXML private Button lockButton;
    @FXML private Parent unlockView;
    @FXML private StackPane contentPane;
    @FXML private Label statusLabel;
    @FXML private Label keyCountLabel;
    @FXML private Hyperlink agentLink;
    @FXML private MenuItem agentRequestsItem;
    @FXML private MenuItem useWithSshItem;
    @FXML private MenuItem loadIntoAgentItem;
    @FXML private MenuItem copyAgentExportItem;
    @FXML private ResourceBundle resources;

    /** @param keyListLoader loads the key list view, on the first unlock */
    public MainController(MainViewModel viewModel, WindowDialogs dialogs, SandboxSwitch sandbox,
                          Supplier<ViewLoader.Loaded<KeyListController>> keyListLoader, AgentStatus agent) {
        this.viewModel = viewModel;
        this.agent = agent;
        this.dialogs = dialogs;
        this.sandbox = sandbox;
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
        Views.enableWhen(viewModel.lockCommand().executableProperty(), lockItem.disableProperty(),
                lockButton.disableProperty());
        Views.enableWhen(unlocked, agentRequestsItem.disableProperty(), accountsItem.disableProperty(), syncItem.disableProperty(), serversItem.disableProperty(), historyItem.disableProperty(), teamsItem.disableProperty(), backupItem.disableProperty(), sandboxItem.disableProperty(),
                newKeyItem.disableProperty(), importKeyItem.disableProperty(), newKeyButton.disableProperty(),
                importKeyButton.disableProperty(), syncButton.disableProperty());
        Views.enableWhen(viewModel.hasSelectionBinding(), exportKeyItem.disableProperty(),
                exportKeyButton.disableProperty(), editTagsItem.disableProperty(), deleteKeyItem.disableProperty());
        Views.enableWhen(viewModel.hasPersonalSelectionBinding(), useWithSshItem.disableProperty(),
                loadIntoAgentItem.disableProperty(), rotateKeyItem.disableProperty());
        Views.enableWhen(viewModel.copyPublicKeyCommand().executableProperty(), copyPublicKeyItem.disableProperty());
        Views.enableWhen(viewModel.clearClipboardCommand().executableProperty(), clearClipboardItem.disableProperty());
        sandboxItem.selectedProperty().bindBidirectional(sandbox.runningProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        keyCountLabel.textProperty().bind(viewModel.keyCountTextBinding());
        agentLink.textProperty().bind(agent.textProperty());
        agentLink.visibleProperty().bind(agent.textProperty().isNotEmpty());
        Tooltip agentDetails = new Tooltip();
        agentDetails.textProperty().bind(agent.detailsProperty());
        agentLink.setTooltip(agentDetails);
        copyAgentExportItem.disableProperty().bind(agent.exportLineProperty().isEmpty());
        keyCountLabel.visibleProperty().bind(unlocked);
        mainRoot.addEventFilter(InputEvent.ANY, event -> viewModel.userActive());
        MenuMnemonics.install(menuBar, mainRoot);
        FileDrop.install(mainRoot, viewModel::importableFiles, files -> dialogs.importFiles(window(), files));
        Repeating.every(IDLE_CHECK, viewModel::checkIdle);
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
            keyList.setRowMenu(KeyRowMenu.create(resources, viewModel, this::exportKey, this::editTags,
                    this::useWithSsh, this::rotateKey, this::deleteKey));
            keyList.setEmptyListActions(new KeyListController.EmptyListActions(this::newKey, this::importKey,
                    () -> sandbox.runningProperty().set(true), sandbox.runningProperty()));
            loaded.root().visibleProperty().bind(viewModel.unlockedProperty());
            contentPane.getChildren().add(loaded.root());
        }
        keyList.focusSearch();
    }

    private Window window() {
        return menuBar.getScene().getWindow();
    }

    // the window's menu items and buttons; each dialog opens over this window
    @FXML private void newKey() { dialogs.newKey(window()); }
    @FXML private void importKey() {
        dialogs.importFiles(window(), viewModel.importableFiles(dialogs.chooseKeyFiles(window())));
    }
    @FXML private void exportKey() { dialogs.exportKey(window()); }
    @FXML private void editTags() { dialogs.editTags(window()); }
    @FXML private void deleteKey() { dialogs.deleteKey(window()); }
    @FXML private void rotateKey() { dialogs.rotate(window()); }
    @FXML private void copyPublicKey() { viewModel.copyPublicKeyCommand().execute(); }
    @FXML private void clearClipboard() { viewModel.clearClipboardCommand().execute(); }
    @FXML private void showSync() { dialogs.sync(window()); }
    @FXML private void showServers() { dialogs.servers(window()); }
    @FXML private void showHistory() { dialogs.history(window()); }
    @FXML private void showTeams() { dialogs.teams(window()); }
    @FXML private void backUp() { dialogs.backUp(window()); }
    @FXML private void showAccounts() { dialogs.accounts(window()); }
    @FXML private void showPreferences() { dialogs.preferences(window(), viewModel.unlockedProperty()); }
    @FXML private void showAbout() { dialogs.about(window()); }
    @FXML private void showAgentRequests() { dialogs.agentRequests(window()); }
    @FXML private void useWithSsh() { dialogs.useWithSsh(window()); }
    @FXML private void loadIntoAgent() { dialogs.loadIntoAgent(window()); }
    @FXML private void lock() { viewModel.lockCommand().execute(); }

    /** Closes the window the way its close button does, so the app remembers its geometry before it exits. */
    @FXML
    private void quit() {
        viewModel.requestQuit();
        window().hide();
    }

    /** The status bar's agent link: copies {@code export SSH_AUTH_SOCK=…} for a shell (nothing secret). */
    @FXML
    private void copyAgentExport() {
        if (!agent.exportLineProperty().get().isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(agent.exportLineProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
