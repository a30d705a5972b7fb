package io.yaoshi.ui.placement;

import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.ui.common.Views;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Code-behind of the placement fields: provider, then region and the chosen cloud's own fields. */
public final class PlacementController {

    private final PlacementViewModel viewModel;

    @FXML
    private ComboBox<ProviderId> providerChoice;
    @FXML
    private VBox cloudFields;
    @FXML
    private ComboBox<Region> regionChoice;
    @FXML
    private HBox ucloudFields;
    @FXML
    private ComboBox<String> zoneChoice;
    @FXML
    private TextField projectField;
    @FXML
    private VBox aliyunFields;
    @FXML
    private TextField resourceGroupField;
    @FXML
    private Label placementError;

    public PlacementController(PlacementViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        providerChoice.getItems().setAll(viewModel.providers());
        providerChoice.setConverter(Views.displayOnly(viewModel.choiceTexts()::provider));
        providerChoice.valueProperty().bindBidirectional(viewModel.providerProperty());
        show(cloudFields, viewModel.cloudBinding());
        show(ucloudFields, viewModel.providerProperty().isEqualTo(ProviderId.UCLOUD));
        show(aliyunFields, viewModel.providerProperty().isEqualTo(ProviderId.ALIYUN));
        regionChoice.setItems(viewModel.regionChoices());
        regionChoice.setConverter(Views.displayOnly(viewModel.choiceTexts()::region));
        regionChoice.valueProperty().bindBidirectional(viewModel.regionProperty());
        zoneChoice.setItems(viewModel.zoneChoices());
        zoneChoice.valueProperty().bindBidirectional(viewModel.zoneProperty());
        projectField.textProperty().bindBidirectional(viewModel.projectIdProperty());
        resourceGroupField.textProperty().bindBidirectional(viewModel.resourceGroupProperty());
        Views.showMessage(placementError, viewModel.errorProperty(), "error-text");
    }

    static void show(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
