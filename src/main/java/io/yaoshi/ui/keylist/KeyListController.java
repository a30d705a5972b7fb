package io.yaoshi.ui.keylist;

import io.yaoshi.domain.ProviderId;
import io.yaoshi.ui.common.Views;
import io.yaoshi.ui.keydetails.KeyDetailsController;
import io.yaoshi.ui.keyrow.KeyRow;
import java.io.IOException;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Code-behind of the key list: the filter bar and the sortable, virtualised table. */
public final class KeyListController {

    private static final Logger LOG = LoggerFactory.getLogger(KeyListController.class);

    private final KeyListViewModel viewModel;
    private final ColumnLayoutStore layouts;
    /** Kept so the listener on it lives as long as the view. */
    private ObservableValue<Window> tableWindow;

    @FXML
    private KeyDetailsController keyDetailsController;
    @FXML
    private TextField searchField;
    @FXML
    private javafx.scene.layout.VBox damageBanner;
    @FXML
    private javafx.scene.control.Label damageTitle;
    @FXML
    private javafx.scene.control.Label damageBody;
    @FXML
    private javafx.scene.control.Button acceptAlterationButton;
    @FXML
    private Node emptyState;
    @FXML
    private Node noMatchState;
    @FXML
    private ComboBox<Optional<ProviderId>> providerFilter;
    @FXML
    private ComboBox<String> regionFilter;
    @FXML
    private TextField tagFilterField;
    @FXML
    private TableView<KeyRow> keyTable;
    @FXML
    private TableColumn<KeyRow, String> nameColumn;
    @FXML
    private TableColumn<KeyRow, String> providerColumn;
    @FXML
    private TableColumn<KeyRow, String> regionColumn;
    @FXML
    private TableColumn<KeyRow, String> typeColumn;
    @FXML
    private TableColumn<KeyRow, String> fingerprintColumn;
    @FXML
    private TableColumn<KeyRow, KeyRow> tagsColumn;
    @FXML
    private TableColumn<KeyRow, KeyRow> createdColumn;

    public KeyListController(KeyListViewModel viewModel, ColumnLayoutStore layouts) {
        this.viewModel = viewModel;
        this.layouts = layouts;
    }

    @FXML
    private void initialize() {
        damageTitle.textProperty().bind(viewModel.damageTitleProperty());
        damageBody.textProperty().bind(viewModel.damageDetailsProperty());
        damageBanner.visibleProperty().bind(viewModel.damageTitleProperty().isNotEmpty());
        damageBanner.managedProperty().bind(damageBanner.visibleProperty());
        acceptAlterationButton.visibleProperty().bind(viewModel.canAcceptProperty());
        acceptAlterationButton.managedProperty().bind(acceptAlterationButton.visibleProperty());
        noMatchState.visibleProperty().bind(viewModel.hasKeysBinding());
        emptyState.visibleProperty().bind(noMatchState.visibleProperty().not());
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        tagFilterField.textProperty().bindBidirectional(viewModel.tagFilterProperty());
        providerFilter.getItems().setAll(viewModel.providerOptions());
        providerFilter.setConverter(Views.displayOnly(viewModel::providerLabel));
        providerFilter.valueProperty().bindBidirectional(viewModel.providerProperty());
        regionFilter.setItems(viewModel.regionOptions());
        regionFilter.setConverter(Views.displayOnly(viewModel::regionLabel));
        Views.bindChoice(regionFilter, viewModel.regionProperty());
        column(nameColumn, KeyRow::name);
        column(providerColumn, KeyRow::provider);
        column(regionColumn, KeyRow::region);
        column(typeColumn, KeyRow::type);
        column(fingerprintColumn, KeyRow::fingerprint);
        // chips on screen, sorted by the tags' text
        tagsColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        tagsColumn.setComparator(Comparator.comparing(KeyRow::tags));
        tagsColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(KeyRow row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(empty || row == null || row.tagChips().isEmpty() ? null
                        : new HBox(4, Views.chips(row.tagChips(), "cell-chip").toArray(Node[]::new)));
            }
        });
        // shows the localised date but sorts by the instant
        createdColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        createdColumn.setComparator(Comparator.comparing(row -> row.key().createdAt()));
        createdColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(KeyRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.created());
            }
        });
        ColumnLayouts.apply(keyTable, layouts.load());
        scrollWhenTooNarrow();
        rememberLayoutWhenTheWindowCloses();
        SortedList<KeyRow> sorted = new SortedList<>(viewModel.visibleRows());
        sorted.comparatorProperty().bind(keyTable.comparatorProperty());
        keyTable.setItems(sorted);
        keyTable.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((o, was, row) -> {
            if (row != null && row != keyTable.getSelectionModel().getSelectedItem()) {
                keyTable.getSelectionModel().select(row);
                keyTable.scrollTo(row);
            }
        });
    }

    @FXML
    private void dismissDamage() {
        viewModel.dismissDamage();
    }

    @FXML
    private void acceptAlteration() {
        viewModel.acceptAlteration();
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
        searchField.requestFocus();
    }

    /**
     * The columns share the table's width while it holds them all at their minimum widths; a narrower table (a
     * small screen) scrolls sideways instead of squeezing names and fingerprints into ellipses.
     */
    private void scrollWhenTooNarrow() {
        keyTable.widthProperty().addListener((o, was, width) -> {
            double needed = keyTable.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
            var policy = width.doubleValue() < needed + 20 ? TableView.UNCONSTRAINED_RESIZE_POLICY
                    : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN;
            if (keyTable.getColumnResizePolicy() != policy) {
                keyTable.setColumnResizePolicy(policy);
            }
        });
    }

    /** After unlocking, typing goes to the search box rather than to the hidden password field. */
    public void focusSearch() {
        Platform.runLater(searchField::requestFocus);
    }

    /** The details panel beside the table. */
    public KeyDetailsController details() {
        return keyDetailsController;
    }

    private void rememberLayoutWhenTheWindowCloses() {
        // the table joins a scene only once the split pane is skinned, which may be after the window is shown
        tableWindow = keyTable.sceneProperty().flatMap(Scene::windowProperty);
        tableWindow.addListener((o, oldWindow, window) -> {
            if (window != null) {
                window.addEventHandler(WindowEvent.WINDOW_HIDING, event -> saveLayout());
            }
        });
    }

    private void saveLayout() {
        try {
            layouts.save(ColumnLayouts.capture(keyTable));
        } catch (IOException e) {
            LOG.warn("Could not remember the key table's columns: {}", e.toString());
        }
    }

    private static void column(TableColumn<KeyRow, String> column, Function<KeyRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
