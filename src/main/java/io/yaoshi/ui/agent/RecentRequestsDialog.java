package io.yaoshi.ui.agent;

import io.yaoshi.agent.RecentRequests;
import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.DialogButtons;
import io.yaoshi.ui.common.DialogWindows;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The agent's recent requests, in a window that stays open beside the main one and fills as requests arrive. It
 * names key pairs, so it closes when the vault locks.
 */
public final class RecentRequestsDialog {

    private final RecentRequests requests;
    private final Messages text;

    public RecentRequestsDialog(RecentRequests requests, Messages text) {
        this.requests = requests;
        this.text = text;
    }

    public void show(Window owner) {
        RecentRequestsViewModel model = new RecentRequestsViewModel(requests, text, ZoneId.systemDefault());
        TableView<RecentRequestsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("agentRequestsTable");
        table.setPlaceholder(new Label(model.emptyText()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("agentrequests.time", RecentRequestsViewModel.Row::time, 125));
        table.getColumns().add(column("agentrequests.key", RecentRequestsViewModel.Row::key, 90));
        table.getColumns().add(column("agentrequests.target", RecentRequestsViewModel.Row::target, 150));
        table.getColumns().add(column("agentrequests.forwarded", RecentRequestsViewModel.Row::forwarded, 60));
        TableColumn<RecentRequestsViewModel.Row, RecentRequestsViewModel.Row> decision = new TableColumn<>(
                text.get("agentrequests.decision"));
        decision.setMinWidth(175); // the longest outcome whole, in both languages
        decision.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        decision.setSortable(false);
        decision.setCellFactory(c -> new DecisionCell());
        table.getColumns().add(decision);
        table.setPrefSize(640, 320);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(text.get("agentrequests.title"));
        dialog.setHeaderText(text.get("agentrequests.header"));
        dialog.getDialogPane().setId("agentRequests");
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.close(text.bundle()));
        dialog.setResizable(true);
        DialogWindows.install(dialog, true);
        Runnable stopListening = requests.onChange(() -> Platform.runLater(model::refresh));
        dialog.setOnHidden(event -> stopListening.run());
        dialog.show();
    }

    private TableColumn<RecentRequestsViewModel.Row, String> column(
            String title, Function<RecentRequestsViewModel.Row, String> value, double minWidth) {
        TableColumn<RecentRequestsViewModel.Row, String> column = new TableColumn<>(text.get(title));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setMinWidth(minWidth);
        column.setSortable(false);
        return column;
    }

    /** The decision in words, green when signed and red when not. */
    private static final class DecisionCell extends TableCell<RecentRequestsViewModel.Row,
            RecentRequestsViewModel.Row> {
        @Override
        protected void updateItem(RecentRequestsViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("request-signed", "request-refused");
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.decision());
            getStyleClass().add(row.signed() ? "request-signed" : "request-refused");
        }
    }
}
