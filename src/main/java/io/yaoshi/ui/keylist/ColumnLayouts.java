package io.yaoshi.ui.keylist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Reads a table's column layout and puts a remembered one back. */
final class ColumnLayouts {

    private ColumnLayouts() {
    }

    static ColumnLayout capture(TableView<?> table) {
        List<ColumnLayout.Column> columns = table.getColumns().stream()
                .map(c -> new ColumnLayout.Column(c.getId(), c.getWidth(), c.isVisible())).toList();
        List<ColumnLayout.SortKey> sort = table.getSortOrder().stream()
                .map(c -> new ColumnLayout.SortKey(c.getId(), c.getSortType() == TableColumn.SortType.ASCENDING))
                .toList();
        return new ColumnLayout(columns, sort);
    }

    /** Ids the table does not know (a column since removed) are passed over; columns the layout lacks stay last. */
    static <S> void apply(TableView<S> table, ColumnLayout layout) {
        Map<String, TableColumn<S, ?>> byId = new LinkedHashMap<>();
        table.getColumns().forEach(c -> byId.put(c.getId(), c));
        List<TableColumn<S, ?>> ordered = new ArrayList<>();
        for (ColumnLayout.Column remembered : layout.columns()) {
            TableColumn<S, ?> column = byId.remove(remembered.id());
            if (column == null) {
                continue;
            }
            if (remembered.width() >= column.getMinWidth() && remembered.width() <= column.getMaxWidth()) {
                column.setPrefWidth(remembered.width());
            }
            column.setVisible(remembered.visible());
            ordered.add(column);
        }
        ordered.addAll(byId.values());
        table.getColumns().setAll(ordered);
        List<TableColumn<S, ?>> sortOrder = new ArrayList<>();
        for (ColumnLayout.SortKey key : layout.sort()) {
            table.getColumns().stream().filter(c -> Objects.equals(c.getId(), key.id())).findFirst().ifPresent(c -> {
                c.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                sortOrder.add(c);
            });
        }
        table.getSortOrder().setAll(sortOrder);
    }
}
