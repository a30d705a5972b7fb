package io.yaoshi.ui.rotation;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.DialogButtons;
import io.yaoshi.ui.common.DialogWindows;
import io.yaoshi.ui.common.Views;
import io.yaoshi.ui.rotation.RotationViewModel.Phase;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Rotate…": the plan, the user's go, then the steps as they happen; it names key pairs, so it closes at lock. */
public final class RotationDialog {

    /** The height of the plan with a few servers, both languages: the window opens at it. */
    private static final double PLAN_HEIGHT = 430;

    private final Messages text;

    public RotationDialog(Messages text) {
        this.text = text;
    }

    /** @return whether anything was done (the key list is read again then) */
    public boolean show(Window owner, RotationViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(model.title());
        dialog.setHeaderText(model.title());
        dialog.getDialogPane().setId("rotationDialog");
        ButtonType go = new ButtonType(text.get("rotation.go"), ButtonData.OK_DONE);
        ButtonType close = DialogButtons.close(text.bundle());
        dialog.getDialogPane().getButtonTypes().setAll(go, close);
        dialog.getDialogPane().setContent(content(model));
        Button goButton = (Button) dialog.getDialogPane().lookupButton(go);
        goButton.setId("rotationGo");
        goButton.textProperty().bind(Bindings.when(model.phaseProperty().isEqualTo(Phase.RESUME))
                .then(text.get("rotation.resumeButton")).otherwise(text.get("rotation.go")));
        goButton.disableProperty().bind(model.rotateCommand().executableProperty().not());
        goButton.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.PLAN)
                .or(model.phaseProperty().isEqualTo(Phase.RESUME)));
        goButton.managedProperty().bind(goButton.visibleProperty());
        goButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays open to show the steps
            model.rotateCommand().execute();
        });
        Node closeButton = dialog.getDialogPane().lookupButton(close);
        closeButton.setId("rotationClose");
        // a rotation runs to its end or its stop before the window can go; its journal survives a crash anyway
        closeButton.disableProperty().bind(model.phaseProperty().isEqualTo(Phase.RUNNING));
        dialog.setResizable(true);
        DialogWindows.install(dialog, true);
        dialog.showAndWait();
        return model.phaseProperty().get() == Phase.FINISHED;
    }

    private VBox content(RotationViewModel model) {
        var phase = model.phaseProperty();
        BooleanBinding planning = phase.isEqualTo(Phase.PLAN);
        BooleanBinding stepsShown = phase.isEqualTo(Phase.RUNNING).or(phase.isEqualTo(Phase.FINISHED));

        Label intro = new Label();
        intro.setId("rotationIntro");
        Views.showMessage(intro, model.introProperty(), "form-hint");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        Label reading = new Label();
        Views.showProgress(spinner, reading, Bindings.when(phase.isEqualTo(Phase.READING))
                .then(text.get("rotation.reading")).otherwise(Bindings.when(phase.isEqualTo(Phase.RUNNING))
                        .then(text.get("rotation.running")).otherwise("")));
        HBox progress = new HBox(8, spinner, reading);
        progress.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TextField name = new TextField();
        name.setId("rotationName");
        name.textProperty().bindBidirectional(model.newNameProperty());
        ComboBox<KeyAlgorithm> type = new ComboBox<>();
        type.setId("rotationType");
        type.getItems().setAll(model.typeChoices());
        type.setConverter(Views.displayOnly(model.choiceTexts()::keyType));
        type.valueProperty().bindBidirectional(model.typeProperty());
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        Label nameLabel = new Label(text.get("rotation.newName"));
        nameLabel.setLabelFor(name);
        nameLabel.setMinWidth(Label.USE_PREF_SIZE);
        Label typeLabel = new Label(text.get("rotation.type"));
        typeLabel.setLabelFor(type);
        typeLabel.setMinWidth(Label.USE_PREF_SIZE);
        fields.addRow(0, nameLabel, name);
        fields.addRow(1, typeLabel, type);
        GridPane.setHgrow(name, Priority.ALWAYS);

        TableView<RotationViewModel.ServerRow> servers = new TableView<>(model.rows());
        servers.setId("rotationServers");
        servers.setPlaceholder(new Label(text.get("rotation.noServers")));
        servers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        servers.getColumns().add(column("cli.column.instance", RotationViewModel.ServerRow::id, 120));
        servers.getColumns().add(column("keylist.column.name", RotationViewModel.ServerRow::name, 80));
        servers.getColumns().add(column("cli.column.state", RotationViewModel.ServerRow::state, 70));
        servers.getColumns().add(column("rotation.column.effect", RotationViewModel.ServerRow::effect, 200));
        servers.setPrefHeight(150);

        CheckBox restart = new CheckBox();
        restart.setId("rotationRestart");
        restart.setWrapText(true);
        restart.setMinHeight(Label.USE_PREF_SIZE);
        restart.textProperty().bind(model.restartTextProperty());
        restart.selectedProperty().bindBidirectional(model.restartProperty());
        restart.visibleProperty().bind(model.restartTextProperty().isNotEmpty());
        restart.managedProperty().bind(restart.visibleProperty());
        CheckBox deleteOld = new CheckBox(model.deleteOldText());
        deleteOld.setId("rotationDeleteOld");
        deleteOld.setWrapText(true);
        deleteOld.setMinHeight(Label.USE_PREF_SIZE);
        deleteOld.selectedProperty().bindBidirectional(model.deleteOldProperty());
        VBox planPart = new VBox(8, fields, servers, restart, deleteOld);
        planPart.visibleProperty().bind(planning);
        planPart.managedProperty().bind(planning);

        ListView<String> log = new ListView<>(model.log());
        log.setId("rotationLog");
        log.setPrefHeight(220);
        log.visibleProperty().bind(stepsShown);
        log.managedProperty().bind(stepsShown);
        model.log().addListener((javafx.collections.ListChangeListener<String>) c -> log.scrollTo(model.log().size()
                - 1));
        VBox.setVgrow(log, Priority.ALWAYS);
        Label result = new Label();
        result.setId("rotationResult");
        result.setMinHeight(Label.USE_PREF_SIZE);
        Views.showMessage(result, model.resultProperty(), "form-hint");
        Views.styleWhile(result, "warning-text", model.stoppedShortProperty());
        Label failure = new Label();
        failure.setId("rotationFailure");
        failure.setMinHeight(Label.USE_PREF_SIZE);
        Views.showMessage(failure, model.failureProperty(), "error-text");

        VBox content = new VBox(8, intro, progress, planPart, log, result, failure);
        content.getStyleClass().add("form");
        content.setPrefWidth(640);
        // as tall from the start as the plan it will show: a window that must grow while it is being mapped keeps
        // its first size on X11 (seen under a real window manager: the plan arrived, the buttons stayed outside)
        content.setMinHeight(PLAN_HEIGHT);
        content.setPrefHeight(PLAN_HEIGHT);
        return content;
    }

    private TableColumn<RotationViewModel.ServerRow, String> column(
            String title, Function<RotationViewModel.ServerRow, String> value, double minWidth) {
        TableColumn<RotationViewModel.ServerRow, String> column = new TableColumn<>(text.get(title));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setMinWidth(minWidth);
        column.setSortable(false);
        return column;
    }
}
