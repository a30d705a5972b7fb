package io.yaoshi.ui.sync;

import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.ui.common.Views;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Code-behind of the sync view. */
public final class SyncController {

    private final SyncViewModel viewModel;

    @FXML
    private ComboBox<ProviderId> syncProvider;
    @FXML
    private ComboBox<Region> syncRegion;
    @FXML
    private Button compareButton;
    @FXML
    private ProgressIndicator syncProgress;
    @FXML
    private Button rowActionButton;
    @FXML
    private Label progressLabel;
    @FXML
    private Label failureLabel;
    @FXML
    private Label syncMessage;
    @FXML
    private TableView<SyncViewModel.Row> syncTable;
    @FXML
    private TableColumn<SyncViewModel.Row, SyncViewModel.Row> statusColumn;
    @FXML
    private TableColumn<SyncViewModel.Row, SyncViewModel.Row> actionColumn;
    @FXML
    private TableColumn<SyncViewModel.Row, String> syncNameColumn;
    @FXML
    private TableColumn<SyncViewModel.Row, String> detailColumn;

    public SyncController(SyncViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        syncProvider.getItems().setAll(viewModel.providers());
        syncProvider.setConverter(Views.displayOnly(viewModel.choiceTexts()::provider));
        syncProvider.valueProperty().bindBidirectional(viewModel.providerProperty());
        syncRegion.setItems(viewModel.regionChoices());
        syncRegion.setConverter(Views.displayOnly(viewModel.choiceTexts()::region));
        syncRegion.valueProperty().bindBidirectional(viewModel.regionProperty());
        compareButton.disableProperty().bind(viewModel.compareCommand().executableProperty().not());
        // Enter compares: the dialog's Close button would otherwise take the first focus, and Enter with it
        compareButton.sceneProperty().addListener((o, none, scene) -> Platform.runLater(compareButton::requestFocus));
        Views.showProgress(syncProgress, progressLabel, viewModel.progressProperty());
        Views.showMessage(syncMessage, viewModel.messageProperty(), "form-hint");
        Views.showMessage(failureLabel, viewModel.failureProperty(), "error-text");
        syncProvider.disableProperty().bind(viewModel.busyProperty());
        syncRegion.disableProperty().bind(viewModel.busyProperty());
        syncTable.setItems(viewModel.rows());
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        statusColumn.setCellFactory(column -> new SyncStatusCell());
        actionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        actionColumn.setCellFactory(column -> new SyncActionCell(viewModel));
        syncNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        detailColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().detail()));
        syncTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                viewModel.selectedProperty().set(now));
        rowActionButton.textProperty().bind(viewModel.selectedActionText());
        rowActionButton.visibleProperty().bind(rowActionButton.textProperty().isNotEmpty());
        rowActionButton.disableProperty().bind(viewModel.rowActionCommand().executableProperty().not());
    }

    @FXML
    private void actOnSelected() {
        viewModel.rowActionCommand().execute();
    }

    @FXML
    private void compare() {
        viewModel.compareCommand().execute();
    }
}
