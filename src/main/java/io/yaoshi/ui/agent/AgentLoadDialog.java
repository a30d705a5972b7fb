package io.yaoshi.ui.agent;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.FormDialogs;
import io.yaoshi.ui.common.Views;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Load into OpenSSH's Agent…": for how long, and whether that agent asks before each use. */
public final class AgentLoadDialog {

    private final Messages text;
    private final Function<KeyPairRecord, AgentLoadViewModel> models;

    public AgentLoadDialog(Messages text, Function<KeyPairRecord, AgentLoadViewModel> models) {
        this.text = text;
        this.models = models;
    }

    /** What the status line should say once loaded; empty when cancelled. */
    public Optional<String> show(Window owner, KeyPairRecord key) {
        AgentLoadViewModel model = models.apply(key);
        Label target = new Label(model.target());
        target.setId("agentLoadTarget");
        target.setWrapText(true);
        target.setMaxWidth(460);
        target.getStyleClass().add("form-hint");
        ComboBox<Duration> lifetime = new ComboBox<>();
        lifetime.setId("agentLoadLifetime");
        lifetime.getItems().setAll(AgentLoadViewModel.LIFETIMES);
        lifetime.setConverter(Views.displayOnly(model::label));
        Views.bindChoice(lifetime, model.lifetimeProperty());
        Label lifetimeLabel = new Label(text.get("agentload.lifetime"));
        lifetimeLabel.setLabelFor(lifetime);
        CheckBox confirm = new CheckBox(text.get("agentload.confirm"));
        confirm.setId("agentLoadConfirm");
        confirm.setWrapText(true);
        confirm.setMaxWidth(460);
        confirm.selectedProperty().bindBidirectional(model.confirmProperty());
        Label removed = new Label(text.get("agentload.removedOnLock"));
        removed.setWrapText(true);
        removed.setMaxWidth(460);
        removed.getStyleClass().add("form-hint");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label progress = new Label();
        Views.showProgress(spinner, progress, model.progressProperty());
        Label failure = new Label();
        failure.setId("agentLoadFailure");
        failure.setMaxWidth(460);
        Views.showMessage(failure, model.failureProperty(), "error-text");
        VBox form = new VBox(8, target, new HBox(8, lifetimeLabel, lifetime), confirm, removed,
                new HBox(8, spinner, progress), failure);

        Dialog<String> dialog = FormDialogs.create(owner, text.get("agentload.title"), model.header(), "agentLoad",
                form, true);
        FormDialogs.confirmAndCancel(dialog, text.bundle(), text.get("agentload.load"), "agentLoadButton",
                model.loadCommand());
        FormDialogs.closeWhenSet(dialog, model.loadedProperty());
        return dialog.showAndWait();
    }
}
