package io.yaoshi.ui.history;

import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.DialogButtons;
import io.yaoshi.ui.common.DialogWindows;
import io.yaoshi.ui.common.Views;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "History…": what happened to every key pair and secret, filtered; it names key pairs, so it closes at lock. */
public final class HistoryDialog {

    private final Messages text;
    private final Supplier<HistoryViewModel> viewModels;

    public HistoryDialog(Messages text, Supplier<HistoryViewModel> viewModels) {
        this.text = text;
        this.viewModels = viewModels;
    }

    public void show(Window owner) {
        HistoryViewModel model = viewModels.get();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("history.title"));
        dialog.setHeaderText(text.get("history.header"));
        dialog.getDialogPane().setId("historyDialog");
        dialog.getDialogPane().setContent(content(model));
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.close(text.bundle()));
        dialog.setResizable(true);
        DialogWindows.install(dialog, true);
        dialog.showAndWait();
    }

    private VBox content(HistoryViewModel model) {
        ComboBox<HistoryViewModel.KeyChoice> key = new ComboBox<>(model.keyChoices());
        key.setId("historyKey");
        key.setConverter(Views.displayOnly(HistoryViewModel.KeyChoice::label));
        key.valueProperty().bindBidirectional(model.keyProperty());
        key.setPrefWidth(220);
        ComboBox<String> group = new ComboBox<>();
        group.setId("historyAction");
        group.getItems().setAll(HistoryViewModel.GROUPS);
        group.setConverter(Views.displayOnly(model::groupLabel));
        group.valueProperty().bindBidirectional(model.groupProperty());
        ComboBox<HistoryViewModel.Period> period = new ComboBox<>();
        period.setId("historyPeriod");
        period.getItems().setAll(HistoryViewModel.Period.values());
        period.setConverter(Views.displayOnly(model::periodLabel));
        period.valueProperty().bindBidirectional(model.periodProperty());
        HBox filters = new HBox(8, key, group, period);
        filters.setAlignment(Pos.CENTER_LEFT);

        Label chain = new Label();
        chain.setId("historyChain");
        Views.keepsItsLine(chain, model.chainProperty());
        Views.styleWhile(chain, "error-text", model.chainBrokenProperty());
        Label failure = new Label();
        failure.setId("historyFailure");
        failure.setMinHeight(Label.USE_PREF_SIZE);
        Views.showMessage(failure, model.failureProperty(), "error-text");

        TableView<HistoryViewModel.Row> table = new TableView<>(model.rows());
        table.setId("historyTable");
        table.setPlaceholder(new Label(text.get("history.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Views.textColumn(text.get("history.column.time"), HistoryViewModel.Row::time, 140),
                Views.textColumn(text.get("history.column.action"), HistoryViewModel.Row::action, 130),
                Views.textColumn(text.get("history.column.key"), HistoryViewModel.Row::key, 110),
                Views.textColumn(text.get("history.column.detail"), HistoryViewModel.Row::detail, 200)));
        table.setPrefHeight(320);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label detail = new Label();
        detail.setId("historyDetail");
        detail.getStyleClass().add("form-hint");
        detail.setWrapText(true);
        detail.setMinHeight(48); // three lines kept from the start (see Views.keepsItsLine)
        detail.setPrefHeight(48);
        detail.setAlignment(Pos.TOP_LEFT);
        detail.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            HistoryViewModel.Row row = table.getSelectionModel().getSelectedItem();
            return row == null ? text.get("history.selectHint") : row.detail();
        }, table.getSelectionModel().selectedItemProperty()));

        Label backup = new Label();
        backup.setId("historyLastBackup");
        Views.keepsItsLine(backup, model.lastBackupProperty());
        VBox content = new VBox(8, filters, chain, failure, table, detail, backup);
        content.getStyleClass().add("form");
        content.setPrefWidth(DialogWindows.widthOnScreen(820));
        return content;
    }
}
