package io.yaoshi.ui.agent;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.DialogButtons;
import io.yaoshi.ui.common.DialogWindows;
import io.yaoshi.ui.common.Views;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows the Host block that uses a key pair with ssh through the agent, with a button that copies it. */
public final class UseWithSshDialog {

    private final Messages text;
    private final Function<KeyPairRecord, UseWithSshViewModel> models;

    public UseWithSshDialog(Messages text, Function<KeyPairRecord, UseWithSshViewModel> models) {
        this.text = text;
        this.models = models;
    }

    public void show(Window owner, KeyPairRecord key) {
        UseWithSshViewModel model = models.apply(key);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label progress = new Label();
        Views.showProgress(spinner, progress, model.progressProperty());
        Label written = new Label();
        written.setId("useWithSshWritten");
        Views.showMessage(written, model.writtenProperty(), "form-hint");
        TextArea block = new TextArea();
        block.setId("useWithSshBlock");
        block.getStyleClass().add("mono");
        block.setEditable(false);
        block.setPrefRowCount(5); // four lines, and room for a horizontal scroll bar under a long path
        block.setPrefColumnCount(52);
        block.textProperty().bind(model.blockProperty());
        block.visibleProperty().bind(model.blockProperty().isNotEmpty());
        block.managedProperty().bind(block.visibleProperty());
        Button copy = new Button(text.get("usewithssh.copy"));
        copy.setId("useWithSshCopy");
        copy.disableProperty().bind(model.blockProperty().isEmpty());
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.blockProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Label warning = new Label();
        warning.setId("useWithSshWarning");
        Views.showMessage(warning, model.warningProperty(), "warning-text");
        Label failure = new Label();
        failure.setId("useWithSshFailure");
        Views.showMessage(failure, model.failureProperty(), "error-text");
        for (Label label : new Label[] {written, warning, failure}) {
            label.setMaxWidth(480);
        }
        VBox content = new VBox(8, new HBox(8, spinner, progress), written, block, copy, warning, failure);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("usewithssh.title"));
        dialog.setHeaderText(model.header());
        dialog.getDialogPane().setId("useWithSsh");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.close(text.bundle()));
        DialogWindows.install(dialog, true);
        // Copy is the thing to do once the block is there (it is written off the UI thread)
        model.blockProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                copy.requestFocus();
            }
        });
        model.start();
        dialog.showAndWait();
    }
}
