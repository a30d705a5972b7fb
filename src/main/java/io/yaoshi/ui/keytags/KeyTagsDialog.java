package io.yaoshi.ui.keytags;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.ui.common.ViewLoader;
import io.yaoshi.ui.tags.TagEditors;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** "Edit tags…": the tag editor for one key pair; Save closes it once the vault has the new tags. */
public final class KeyTagsDialog {

    private final ViewLoader views;
    private final ResourceBundle text;

    public KeyTagsDialog(ViewLoader views, ResourceBundle text) {
        this.views = views;
        this.text = text;
    }

    public Optional<KeyPairRecord> show(Window owner, KeyTagsViewModel viewModel) {
        Dialog<KeyPairRecord> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.getString("keytags.title"));
        dialog.getDialogPane().setContent(TagEditors.embed(views, views.load(new KeyTagsController(viewModel)),
                viewModel.tagEditor(), viewModel.busyProperty()));
        dialog.getDialogPane().setId("keyTagsDialog");
        ButtonType save = new ButtonType(text.getString("keytags.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveTagsButton");
        saveButton.disableProperty().bind(viewModel.saveCommand().executableProperty().not());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.saveCommand().execute();
        });
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(viewModel.busyProperty());
        viewModel.savedProperty().addListener((o, none, record) -> {
            dialog.setResult(record);
            dialog.close();
        });
        dialog.setResultConverter(button -> null);
        return dialog.showAndWait();
    }
}
