package io.yaoshi.ui.servers;

import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.DialogButtons;
import io.yaoshi.ui.common.DialogWindows;
import io.yaoshi.ui.common.Views;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Servers…": one cloud region's servers and the key pairs bound to them; it names key pairs, so it closes at lock. */
public final class ServersDialog {

    private final Messages text;
    private final Supplier<ServersViewModel> viewModels;
    private final Runnable closed;

    /** @param closed told after the dialog closes, so views showing a key pair's servers read them again */
    public ServersDialog(Messages text, Supplier<ServersViewModel> viewModels, Runnable closed) {
        this.text = text;
        this.viewModels = viewModels;
        this.closed = closed;
    }

    public void show(Window owner) {
        ServersViewModel model = viewModels.get();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("servers.title"));
        dialog.setHeaderText(text.get("servers.header"));
        dialog.getDialogPane().setId("serversDialog");
        dialog.getDialogPane().setContent(content(model));
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.close(text.bundle()));
        dialog.setResizable(true);
        DialogWindows.install(dialog, true);
        dialog.showAndWait();
        closed.run();
    }

    private VBox content(ServersViewModel model) {
        ComboBox<io.yaoshi.domain.ProviderId> provider = new ComboBox<>();
        provider.setId("serversProvider");
        provider.getItems().setAll(model.providers());
        provider.setConverter(Views.displayOnly(model.choiceTexts()::provider));
        provider.valueProperty().bindBidirectional(model.providerProperty());
        ComboBox<io.yaoshi.domain.Region> region = new ComboBox<>(model.regionChoices());
        region.setId("serversRegion");
        region.setConverter(Views.displayOnly(model.choiceTexts()::region));
        region.valueProperty().bindBidirectional(model.regionProperty());
        region.setPrefWidth(260);
        provider.disableProperty().bind(model.busyProperty());
        region.disableProperty().bind(model.busyProperty());
        Button refresh = new Button(text.get("servers.refresh"));
        refresh.setId("serversRefresh");
        refresh.getStyleClass().add("accent");
        refresh.setDefaultButton(true);
        refresh.setOnAction(e -> model.refreshCommand().execute());
        refresh.disableProperty().bind(model.refreshCommand().executableProperty().not());
        refresh.sceneProperty().addListener((o, none, scene) -> Platform.runLater(refresh::requestFocus));
        HBox choice = new HBox(8, provider, region, refresh);
        choice.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        Label progress = new Label();
        Views.showProgress(spinner, progress, model.progressProperty());
        Label reading = new Label();
        reading.setId("serversReading");
        Views.keepsItsLine(reading, model.readingProperty());
        HBox state = new HBox(8, spinner, progress, reading);
        state.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label failure = new Label();
        failure.setId("serversFailure");
        failure.setMinHeight(Label.USE_PREF_SIZE);
        Views.showMessage(failure, model.failureProperty(), "error-text");
        Label message = new Label();
        message.setId("serversMessage");
        message.setMinHeight(Label.USE_PREF_SIZE);
        Views.keepsItsLine(message, model.messageProperty());

        TableView<ServersViewModel.Row> table = new TableView<>(model.rows());
        table.setId("serversTable");
        table.setPlaceholder(new Label(text.get("servers.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Views.textColumn(text.get("cli.column.instance"), ServersViewModel.Row::instanceId, 125));
        table.getColumns().add(Views.textColumn(text.get("keylist.column.name"), ServersViewModel.Row::name, 90));
        table.getColumns().add(Views.textColumn(text.get("cli.column.state"), ServersViewModel.Row::state, 70));
        table.getColumns().add(Views.textColumn(text.get("cli.column.address"), ServersViewModel.Row::address, 105));
        TableColumn<ServersViewModel.Row, ServersViewModel.Row> key = new TableColumn<>(
                text.get("cli.column.keyPair"));
        key.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        key.setCellFactory(c -> new KeyPairCell());
        key.setMinWidth(175); // "web-prod (no private key)" whole, in both languages
        table.getColumns().add(key);
        table.getColumns().add(Views.textColumn(text.get("cli.column.alias"), ServersViewModel.Row::alias, 80));
        table.setPrefHeight(300);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label boundNowhere = new Label();
        boundNowhere.setId("serversBoundNowhere");
        boundNowhere.setMinHeight(Label.USE_PREF_SIZE);
        Views.keepsItsLine(boundNowhere, model.boundNowhereProperty());
        CheckBox include = new CheckBox(model.addIncludeText());
        include.setId("serversAddInclude");
        include.setWrapText(true);
        include.setMinHeight(Label.USE_PREF_SIZE);
        include.selectedProperty().bindBidirectional(model.addIncludeProperty());
        Button write = new Button(text.get("servers.sshConfig.write"));
        write.setId("serversWriteSshConfig");
        write.setMinWidth(Button.USE_PREF_SIZE);
        write.setOnAction(e -> model.writeSshConfigCommand().execute());
        write.disableProperty().bind(model.writeSshConfigCommand().executableProperty().not());
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox sshRow = new HBox(8, include, gap, write);
        sshRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label hint = new Label(text.get("servers.hint"));
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        VBox content = new VBox(8, hint, choice, state, failure, table, boundNowhere, message, sshRow);
        content.getStyleClass().add("form");
        // the width the table asks for: the wrapped labels would otherwise widen the window to their one-line length
        content.setPrefWidth(DialogWindows.widthOnScreen(800));
        return content;
    }

    /** The key pair bound, in the warning colour when its private key is not here. */
    private static final class KeyPairCell extends TableCell<ServersViewModel.Row, ServersViewModel.Row> {
        @Override
        protected void updateItem(ServersViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("server-key-missing");
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.keyPair());
            if (!row.privateKeyHere()) {
                getStyleClass().add("server-key-missing");
            }
        }
    }
}
