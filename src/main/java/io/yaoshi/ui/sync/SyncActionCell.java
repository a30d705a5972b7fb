package io.yaoshi.ui.sync;

import javafx.scene.control.Button;
import javafx.scene.control.TableCell;

/** The button in a row that can be acted on: Record Here or Upload Again. */
final class SyncActionCell extends TableCell<SyncViewModel.Row, SyncViewModel.Row> {

    private final SyncViewModel viewModel;
    private final Button button = new Button();

    SyncActionCell(SyncViewModel viewModel) {
        this.viewModel = viewModel;
        button.getStyleClass().addAll("small", "row-action");
        button.disableProperty().bind(viewModel.busyProperty());
        button.setOnAction(e -> {
            if (getItem() != null) {
                viewModel.act(getItem());
            }
        });
    }

    @Override
    protected void updateItem(SyncViewModel.Row row, boolean empty) {
        super.updateItem(row, empty);
        String words = empty || row == null ? "" : viewModel.actionText(row.action());
        button.setText(words);
        setGraphic(words.isEmpty() ? null : button);
    }
}
