package io.yaoshi.ui.keylist;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * The key table's column sizing: every column keeps the width it has (its preferred one, or what the user dragged
 * it to) and the Name column takes what is left, growing and shrinking with the window, never below its minimum. A
 * table too narrow for that scrolls sideways instead of squeezing the other columns.
 */
@SuppressWarnings({"rawtypes", "unchecked"}) // TableView declares its resize policy over the raw ResizeFeatures
final class NameTakesTheSpace implements Callback<TableView.ResizeFeatures, Boolean> {

    private final TableColumn<?, ?> name;

    NameTakesTheSpace(TableColumn<?, ?> name) {
        this.name = name;
    }

    @Override
    public Boolean call(TableView.ResizeFeatures features) {
        if (features.getColumn() != null) {
            // the user drags a column's edge: that column changes, the others stay
            return TableView.UNCONSTRAINED_RESIZE_POLICY.call(features);
        }
        TableView<?> table = features.getTable();
        double others = 0;
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            if (column != name) {
                others += column.getWidth();
            }
        }
        double spare = features.getContentWidth() - others;
        features.setColumnWidth(name, Math.max(name.getMinWidth(), Math.floor(spare)));
        return true;
    }
}
