package io.yaoshi.ui.keylist;

import io.yaoshi.domain.ProviderId;
import io.yaoshi.ui.common.Views;
import io.yaoshi.ui.keydetails.KeyDetailsController;
import io.yaoshi.ui.keyrow.KeyRow;
import io.yaoshi.ui.team.TeamSwitcherViewModel;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Code-behind of the key list: the damage banner, the filter bar, the table and the empty states. */
public final class KeyListController {

    private final Function<Window, Optional<char[]>> backupPassword;
    private final KeyListViewModel viewModel;
    private final ColumnLayoutStore layouts;
    private final TeamSwitcherViewModel teams;
    private KeyTable table;
    private EmptyListActions emptyActions = EmptyListActions.NONE;

    /** What the empty list offers: the window's own actions, which the list does not own. */
    public record EmptyListActions(Runnable newKey, Runnable importKey, Runnable sandbox,
                                   ObservableBooleanValue sandboxRunning) {
        static final EmptyListActions NONE = new EmptyListActions(() -> { }, () -> { }, () -> { },
                new SimpleBooleanProperty());
    }

    @FXML private KeyDetailsController keyDetailsController;
    @FXML private TextField searchField;
    @FXML private Hyperlink emptySandboxLink;
    @FXML private Button clearSearchButton;
    @FXML private VBox damageBanner;
    @FXML private Label damageTitle;
    @FXML private Label damageBody;
    @FXML private Button acceptAlterationButton;
    @FXML private Button recoverDamageButton;
    @FXML private Node emptyState;
    @FXML private Node noMatchState;
    @FXML private ComboBox<Optional<ProviderId>> providerFilter;
    @FXML private ComboBox<String> regionFilter;
    @FXML private ComboBox<String> teamChoice;
    @FXML private Label teamBanner;
    @FXML private TextField tagFilterField;
    @FXML private TableView<KeyRow> keyTable;
    @FXML private TableColumn<KeyRow, String> nameColumn;
    @FXML private TableColumn<KeyRow, String> providerColumn;
    @FXML private TableColumn<KeyRow, String> regionColumn;
    @FXML private TableColumn<KeyRow, String> typeColumn;
    @FXML private TableColumn<KeyRow, String> fingerprintColumn;
    @FXML private TableColumn<KeyRow, KeyRow> tagsColumn;
    @FXML private TableColumn<KeyRow, KeyRow> createdColumn;

    /**
     * @param teams          the personal vault or a team: shown only when the vault belongs to a team
     * @param backupPassword asks for the password that opens the backups, over the given window
     */
    public KeyListController(KeyListViewModel viewModel, TeamSwitcherViewModel teams, ColumnLayoutStore layouts,
                             Function<Window, Optional<char[]>> backupPassword) {
        this.viewModel = viewModel;
        this.teams = teams;
        this.layouts = layouts;
        this.backupPassword = backupPassword;
    }

    @FXML
    private void initialize() {
        damageTitle.textProperty().bind(viewModel.findings().titleProperty());
        damageBody.textProperty().bind(viewModel.findings().detailsProperty());
        damageBanner.visibleProperty().bind(viewModel.findings().titleProperty().isNotEmpty());
        damageBanner.managedProperty().bind(damageBanner.visibleProperty());
        acceptAlterationButton.visibleProperty().bind(viewModel.findings().canAcceptProperty());
        acceptAlterationButton.managedProperty().bind(acceptAlterationButton.visibleProperty());
        recoverDamageButton.visibleProperty().bind(viewModel.findings().canRecoverProperty());
        recoverDamageButton.managedProperty().bind(recoverDamageButton.visibleProperty());
        noMatchState.visibleProperty().bind(viewModel.hasKeysBinding());
        emptyState.visibleProperty().bind(noMatchState.visibleProperty().not());
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        clearSearchButton.visibleProperty().bind(searchField.textProperty().isNotEmpty());
        searchField.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                event.consume(); // Escape empties the search first; only an empty box lets it go on
                clearSearch();
            }
        });
        tagFilterField.textProperty().bindBidirectional(viewModel.tagFilterProperty());
        providerFilter.getItems().setAll(viewModel.providerOptions());
        providerFilter.setConverter(Views.displayOnly(viewModel::providerLabel));
        providerFilter.valueProperty().bindBidirectional(viewModel.providerProperty());
        regionFilter.setItems(viewModel.regionOptions());
        regionFilter.setConverter(Views.displayOnly(viewModel::regionLabel));
        Views.bindChoice(regionFilter, viewModel.regionProperty());
        teamChoice.setItems(teams.choices());
        teamChoice.setConverter(Views.displayOnly(teams::label));
        Views.bindChoice(teamChoice, teams.chosenProperty());
        teamChoice.visibleProperty().bind(Bindings.size(teams.choices()).greaterThan(1));
        teamChoice.managedProperty().bind(teamChoice.visibleProperty());
        teamBanner.textProperty().bind(teams.bannerProperty());
        teamBanner.visibleProperty().bind(teams.bannerProperty().isNotEmpty());
        teamBanner.managedProperty().bind(teamBanner.visibleProperty());
        table = new KeyTable(keyTable, layouts);
        table.show(new KeyTable.Columns(nameColumn, providerColumn, regionColumn, typeColumn, fingerprintColumn,
                tagsColumn, createdColumn), viewModel);
    }

    @FXML
    private void dismissDamage() {
        viewModel.findings().dismiss();
    }

    @FXML
    private void recoverDamage() {
        backupPassword.apply(recoverDamageButton.getScene().getWindow())
                .ifPresent(password -> viewModel.findings().recover(password));
    }

    @FXML
    private void acceptAlteration() {
        viewModel.findings().accept();
    }

    /** The empty list's buttons: create, import, or try the local sandbox cloud. */
    public void setEmptyListActions(EmptyListActions actions) {
        this.emptyActions = actions;
        // a running sandbox is already there to try: the link would do nothing
        emptySandboxLink.visibleProperty().bind(Bindings.not(actions.sandboxRunning()));
        emptySandboxLink.managedProperty().bind(emptySandboxLink.visibleProperty());
    }

    @FXML
    private void emptyNewKey() {
        emptyActions.newKey().run();
    }

    @FXML
    private void emptyImport() {
        emptyActions.importKey().run();
    }

    @FXML
    private void emptySandbox() {
        emptyActions.sandbox().run();
    }

    @FXML
    private void clearSearch() {
        searchField.clear();
        searchField.requestFocus();
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
        searchField.requestFocus();
    }

    /** After unlocking, typing goes to the search box rather than to the hidden password field. */
    public void focusSearch() {
        Platform.runLater(searchField::requestFocus);
    }

    /** The context menu of every row that holds a key pair. */
    public void setRowMenu(ContextMenu menu) {
        table.setRowMenu(menu);
    }

    /** The details panel beside the table. */
    public KeyDetailsController details() {
        return keyDetailsController;
    }
}
