package io.yaoshi.ui.keydetails;

import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.ui.agent.AgentPolicyViewModel;
import io.yaoshi.ui.common.Views;
import io.yaoshi.ui.history.KeyHistoryViewModel;
import io.yaoshi.ui.servers.KeyServersViewModel;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Code-behind of the details panel beside the key list. */
public final class KeyDetailsController {

    private final KeyDetailsViewModel viewModel;
    private final AgentPolicyViewModel agentPolicy;
    private final KeyServersViewModel servers;
    private final KeyHistoryViewModel history;

    @FXML
    private VBox detailsContent;
    @FXML
    private Label detailsPlaceholder;
    @FXML
    private Label detailsName;
    @FXML
    private Label detailsSummary;
    @FXML
    private Label detailsState;
    @FXML
    private Label detailsCreated;
    @FXML
    private Label detailsMd5;
    @FXML
    private Label detailsSha256;
    @FXML
    private Label providerFingerprintTitle;
    @FXML
    private Label detailsProviderFingerprint;
    @FXML
    private TextArea detailsPublicKey;
    @FXML
    private FlowPane detailsTags;
    @FXML
    private Button copyPublicKeyButton;
    @FXML
    private Button editTagsButton;
    @FXML
    private CheckBox agentOffer;
    @FXML
    private Label agentConfirmLabel;
    @FXML
    private ComboBox<AgentPolicy.Confirm> agentConfirm;
    @FXML
    private Label agentForwardingLabel;
    @FXML
    private ComboBox<AgentPolicy.Forwarding> agentForwarding;
    @FXML
    private Label agentPolicyMessage;
    @FXML
    private Label serversTitle;
    @FXML
    private Label detailsServers;
    @FXML
    private Label detailsHistory;

    public KeyDetailsController(KeyDetailsViewModel viewModel, AgentPolicyViewModel agentPolicy,
                                KeyServersViewModel servers, KeyHistoryViewModel history) {
        this.viewModel = viewModel;
        this.agentPolicy = agentPolicy;
        this.servers = servers;
        this.history = history;
    }

    @FXML
    private void initialize() {
        copyPublicKeyButton.disableProperty().bind(viewModel.copyPublicKeyCommand().executableProperty().not());
        copyPublicKeyButton.setOnAction(event -> viewModel.copyPublicKeyCommand().execute());
        var selected = viewModel.hasSelectionBinding();
        detailsContent.visibleProperty().bind(selected);
        detailsContent.managedProperty().bind(selected); // hidden, it must not make the panel scroll
        detailsPlaceholder.visibleProperty().bind(selected.not());
        detailsName.textProperty().bind(viewModel.nameBinding());
        detailsSummary.textProperty().bind(viewModel.summaryBinding());
        detailsState.textProperty().bind(viewModel.stateBinding());
        detailsCreated.textProperty().bind(viewModel.createdBinding());
        detailsMd5.textProperty().bind(viewModel.md5Binding());
        detailsSha256.textProperty().bind(viewModel.sha256Binding());
        detailsProviderFingerprint.textProperty().bind(viewModel.providerFingerprintBinding());
        var hasProviderFingerprint = viewModel.providerFingerprintBinding().isNotEmpty();
        for (Label label : new Label[] {providerFingerprintTitle, detailsProviderFingerprint}) {
            label.visibleProperty().bind(hasProviderFingerprint);
            label.managedProperty().bind(hasProviderFingerprint);
        }
        detailsPublicKey.textProperty().bind(viewModel.publicKeyBinding());
        // a listener on the selection itself: a property holds its listeners, whereas a binding made here and
        // only listened to would be collected with this controller, which nothing keeps once the view is loaded
        viewModel.selectionProperty().addListener((o, was, now) -> showTags(viewModel.tagChips()));
        bindAgentPolicy();
        detailsServers.textProperty().bind(servers.serversProperty());
        for (Label label : new Label[] {serversTitle, detailsServers}) {
            label.visibleProperty().bind(servers.appliesProperty());
            label.managedProperty().bind(servers.appliesProperty());
        }
        detailsHistory.textProperty().bind(history.linesProperty());
    }

    private void bindAgentPolicy() {
        agentOffer.selectedProperty().bindBidirectional(agentPolicy.offerProperty());
        agentConfirm.getItems().setAll(AgentPolicy.Confirm.values());
        agentConfirm.setConverter(Views.displayOnly(agentPolicy::label));
        Views.bindChoice(agentConfirm, agentPolicy.confirmProperty());
        agentForwarding.getItems().setAll(AgentPolicy.Forwarding.values());
        agentForwarding.setConverter(Views.displayOnly(agentPolicy::label));
        Views.bindChoice(agentForwarding, agentPolicy.forwardingProperty());
        var editable = agentPolicy.editableProperty();
        agentOffer.disableProperty().bind(editable.not());
        var choosable = editable.and(agentPolicy.offerProperty());
        for (Node node : new Node[] {agentConfirmLabel, agentConfirm, agentForwardingLabel, agentForwarding}) {
            node.disableProperty().bind(choosable.not());
        }
        Views.showMessage(agentPolicyMessage, agentPolicy.messageProperty(), "form-hint");
        agentPolicy.failedProperty().addListener((o, was, failed) -> {
            agentPolicyMessage.getStyleClass().remove("error-text");
            if (failed) {
                agentPolicyMessage.getStyleClass().add("error-text");
            }
        });
    }

    /** What the Edit button beside the tags does: the main window's "Edit Tags…", which owns that dialog. */
    public void onEditTags(Runnable editTags) {
        editTagsButton.setOnAction(event -> editTags.run());
    }

    private void showTags(List<String> tags) {
        List<Label> chips = Views.chips(tags, "tag-chip");
        for (Label chip : chips) { // a value may be 128 characters: it wraps inside the panel instead of widening it
            chip.setWrapText(true);
            chip.setMinWidth(Region.USE_COMPUTED_SIZE);
            chip.maxWidthProperty().bind(detailsTags.widthProperty());
        }
        detailsTags.getChildren().setAll(chips);
    }
}
