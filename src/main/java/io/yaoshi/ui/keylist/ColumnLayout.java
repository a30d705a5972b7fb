package io.yaoshi.ui.keylist;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * How the user left the key table: the columns in their order with width and visibility, and the sort (most
 * significant first). Columns are named by id, so a column added in a later version simply keeps its default place.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ColumnLayout(List<Column> columns, List<SortKey> sort) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(String id, double width, boolean visible) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SortKey(String id, boolean ascending) {
    }

    public ColumnLayout {
        columns = columns == null ? List.of() : List.copyOf(columns);
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    /** The layout of the view file as it is. */
    public static ColumnLayout unchanged() {
        return new ColumnLayout(List.of(), List.of());
    }
}
