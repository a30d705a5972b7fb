package io.yaoshi.ui.main;

import java.util.ResourceBundle;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The key table's context menu: the Key menu's actions on the row under the pointer (a right-click selects it). */
final class KeyRowMenu {

    private KeyRowMenu() {
    }

    static ContextMenu create(ResourceBundle text, MainViewModel viewModel, Runnable export, Runnable editTags,
                              Runnable useWithSsh, Runnable rotate, Runnable delete) {
        MenuItem copy = item(text, "menu.keys.copyPublic", "rowCopyPublicKey",
                viewModel.copyPublicKeyCommand()::execute);
        copy.disableProperty().bind(viewModel.copyPublicKeyCommand().executableProperty().not());
        MenuItem exportItem = item(text, "menu.keys.export", "rowExport", export);
        MenuItem tags = item(text, "menu.keys.editTags", "rowEditTags", editTags);
        MenuItem ssh = item(text, "menu.agent.useWithSsh", "rowUseWithSsh", useWithSsh);
        MenuItem rotateItem = item(text, "menu.keys.rotate", "rowRotate", rotate);
        MenuItem deleteItem = item(text, "menu.keys.delete", "rowDelete", delete);
        for (MenuItem needsSelection : new MenuItem[] {exportItem, tags, deleteItem}) {
            needsSelection.disableProperty().bind(viewModel.hasSelectionBinding().not());
        }
        for (MenuItem needsPersonal : new MenuItem[] {ssh, rotateItem}) {
            needsPersonal.disableProperty().bind(viewModel.hasPersonalSelectionBinding().not());
        }
        return new ContextMenu(copy, exportItem, tags, ssh, rotateItem, new SeparatorMenuItem(), deleteItem);
    }

    private static MenuItem item(ResourceBundle text, String key, String id, Runnable action) {
        MenuItem item = new MenuItem(text.getString(key));
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }
}
