package io.yaoshi.ui.sync;

import io.yaoshi.service.SyncEntry;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/**
 * A sync status as icon, colour and words, so it reads at a glance and without colour alike: a tick for in both, a
 * warning for what needs a look, a computer for only here, a cloud for only there, a cross for a create that never
 * happened.
 */
final class SyncStatusCell extends TableCell<SyncViewModel.Row, SyncViewModel.Row> {

    private static final String TICK = "M6 11.2 2.8 8l-1.4 1.4L6 14l8.6-8.6-1.4-1.4z";
    private static final String WARNING = "M8 1 0 15h16zM7 6h2v4H7zm0 5h2v2H7z";
    private static final String COMPUTER = "M1 2h14v9H1zm2 2v5h10V4zM4 13h8v2H4z";
    private static final String CLOUD = "M4 13a3.5 3.5 0 0 1-.4-7A5 5 0 0 1 13 6.5 3.3 3.3 0 0 1 12.5 13z";
    private static final String CROSS = "M3.4 2 8 6.6 12.6 2 14 3.4 9.4 8l4.6 4.6-1.4 1.4L8 9.4 3.4 14 2 12.6 6.6 8 "
            + "2 3.4z";
    private static final List<String> TONES = List.of("sync-ok", "sync-warning", "sync-here", "sync-cloud",
            "sync-gone");

    @Override
    protected void updateItem(SyncViewModel.Row row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll(TONES);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(row.statusText());
        SVGPath icon = new SVGPath();
        icon.setContent(iconOf(row.status()));
        icon.setFillRule(FillRule.EVEN_ODD);
        icon.getStyleClass().add("sync-icon");
        setGraphic(icon);
        getStyleClass().add(toneOf(row.status()));
    }

    private static String iconOf(SyncEntry.Status status) {
        return switch (status) {
            case IN_BOTH -> TICK;
            case FINGERPRINT_MISMATCH, ORPHANED -> WARNING;
            case ONLY_HERE -> COMPUTER;
            case ONLY_IN_CLOUD -> CLOUD;
            case NEVER_CREATED -> CROSS;
        };
    }

    private static String toneOf(SyncEntry.Status status) {
        return switch (status) {
            case IN_BOTH -> "sync-ok";
            case FINGERPRINT_MISMATCH, ORPHANED -> "sync-warning";
            case ONLY_HERE -> "sync-here";
            case ONLY_IN_CLOUD -> "sync-cloud";
            case NEVER_CREATED -> "sync-gone";
        };
    }
}
