package io.yaoshi.ui.keycreate;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.ui.common.ViewLoader;
import java.util.Optional;
import java.util.ResourceBundle;
import io.yaoshi.ui.tags.TagEditors;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The "new key pair" dialog. Create does not close it: the key is generated in the background and the dialog closes
 * on success only, so a failure leaves everything the user typed in place. Escape cancels, also while the call runs
 * (see {@link KeyCreateViewModel#abandon()}).
 */
public final class KeyCreateDialog {

    private final ViewLoader views;
    private final ResourceBundle text;

    public KeyCreateDialog(ViewLoader views, ResourceBundle text) {
        this.views = views;
        this.text = text;
    }

    /** Shows the dialog and waits; the created key pair, or empty when the user cancelled. */
    public Optional<KeyPairRecord> show(Window owner, KeyCreateViewModel viewModel) {
        Dialog<KeyPairRecord> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.getString("keycreate.title"));
        dialog.getDialogPane().setContent(TagEditors.embed(views, views.load(new KeyCreateController(viewModel)),
                viewModel.tagEditor(), viewModel.busyProperty()));
        dialog.getDialogPane().setId("keyCreateDialog");
        ButtonType create = new ButtonType(text.getString("keycreate.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        Node createButton = dialog.getDialogPane().lookupButton(create);
        createButton.setId("createButton");
        createButton.disableProperty().bind(viewModel.createCommand().executableProperty().not());
        createButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.createCommand().execute();
        });
        viewModel.createdProperty().addListener((o, none, created) -> {
            dialog.setResult(created);
            dialog.close();
        });
        dialog.setResultConverter(button -> null);
        // the cloud fields come and go with the provider: the window follows the form's size
        viewModel.providerProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(
                () -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
        Optional<KeyPairRecord> result = dialog.showAndWait();
        if (result.isEmpty()) {
            viewModel.abandon();
        }
        return result;
    }
}
