package io.yaoshi.ui.keylist;

import io.yaoshi.ui.keyrow.KeyRow;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The key table: its cells, its column layout kept between runs, and its selection kept in step with the list's. */
final class KeyTable {

    private static final Logger LOG = LoggerFactory.getLogger(KeyTable.class);

    /** The table's columns, as the view declares them. */
    record Columns(TableColumn<KeyRow, String> name, TableColumn<KeyRow, String> provider,
                   TableColumn<KeyRow, String> region, TableColumn<KeyRow, String> type,
                   TableColumn<KeyRow, String> fingerprint, TableColumn<KeyRow, KeyRow> tags,
                   TableColumn<KeyRow, KeyRow> created) {
    }

    private final TableView<KeyRow> table;
    private final ColumnLayoutStore layouts;
    /** Kept so the listener on it lives as long as the view. */
    private ObservableValue<Window> tableWindow;

    KeyTable(TableView<KeyRow> table, ColumnLayoutStore layouts) {
        this.table = table;
        this.layouts = layouts;
    }

    void show(Columns columns, KeyListViewModel viewModel) {
        text(columns.name(), KeyRow::name);
        text(columns.provider(), KeyRow::provider);
        text(columns.region(), KeyRow::region);
        text(columns.type(), KeyRow::type);
        text(columns.fingerprint(), KeyRow::fingerprint);
        tagChips(columns.tags());
        createdDate(columns.created());
        ColumnLayouts.apply(table, layouts.load());
        table.setColumnResizePolicy(new NameTakesTheSpace(columns.name()));
        rememberLayoutWhenTheWindowCloses();
        SortedList<KeyRow> sorted = new SortedList<>(viewModel.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        viewModel.orderShownBy(() -> List.copyOf(sorted));
        followSelection(viewModel);
    }

    private static void text(TableColumn<KeyRow, String> column, Function<KeyRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    /** Chips on screen, as many as fit and "+N" for the rest, sorted by the tags' text. */
    private static void tagChips(TableColumn<KeyRow, KeyRow> column) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(Comparator.comparing(KeyRow::tags));
        column.setCellFactory(unused -> new TableCell<>() {
            @Override
            protected void updateItem(KeyRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || row.tagChips().isEmpty()) {
                    setGraphic(null);
                    return;
                }
                TagChips chips = new TagChips(row.tagChips());
                // a graphic gets its preferred width: the cell's own, so the chips know what fits
                chips.prefWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset()));
                setGraphic(chips);
            }
        });
    }

    /** The localised date, sorted by the instant. */
    private static void createdDate(TableColumn<KeyRow, KeyRow> column) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(Comparator.comparing(row -> row.key().createdAt()));
        column.setCellFactory(unused -> new TableCell<>() {
            @Override
            protected void updateItem(KeyRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.created());
            }
        });
    }

    /** Rows that hold a key pair offer {@code menu}; the empty rows below them offer nothing. */
    void setRowMenu(ContextMenu menu) {
        table.setRowFactory(unused -> {
            TableRow<KeyRow> row = new TableRow<>();
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null)
                    .otherwise(menu));
            return row;
        });
    }

    /** The table's selection and the list's are one: either side may change it. */
    private void followSelection(KeyListViewModel viewModel) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((o, was, row) -> {
            if (row != null && row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
    }

    private void rememberLayoutWhenTheWindowCloses() {
        // the table joins a scene only once the split pane is skinned, which may be after the window is shown
        tableWindow = table.sceneProperty().flatMap(Scene::windowProperty);
        EventHandler<WindowEvent> save = event -> saveLayout();
        tableWindow.addListener((o, oldWindow, window) -> {
            if (oldWindow != null) {
                oldWindow.removeEventHandler(WindowEvent.WINDOW_HIDING, save); // its scene was replaced
            }
            if (window != null) {
                window.addEventHandler(WindowEvent.WINDOW_HIDING, save);
            }
        });
    }

    private void saveLayout() {
        try {
            layouts.save(ColumnLayouts.capture(table));
        } catch (IOException e) {
            LOG.warn("Could not remember the key table's columns: {}", e.toString());
        }
    }
}
