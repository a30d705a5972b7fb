package io.yaoshi.ui.common;

import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyEvent;

/**
 * With a menu open, its underlined letter chooses the item. JavaFX leaves the keyboard focus in the window under the
 * menu, so without this the letter would be typed into the window's focused field (the search box) instead.
 */
public final class MenuMnemonics {

    private final MenuBar menuBar;
    /** A menu's letter was just used: the character it types is not for the window. */
    private boolean justUsed;

    private MenuMnemonics(MenuBar menuBar) {
        this.menuBar = menuBar;
    }

    /** Makes the letters of {@code menuBar}'s open menus choose their items while {@code root}'s window has focus. */
    public static void install(MenuBar menuBar, Parent root) {
        MenuMnemonics mnemonics = new MenuMnemonics(menuBar);
        root.addEventFilter(KeyEvent.KEY_PRESSED, mnemonics::chooseItem);
        root.addEventFilter(KeyEvent.KEY_TYPED, mnemonics::swallowTyping);
    }

    private void chooseItem(KeyEvent event) {
        Optional<Menu> open = openMenu();
        if (open.isEmpty() || event.isShortcutDown() || event.isAltDown() || event.getText().isEmpty()) {
            return;
        }
        String letter = event.getText().toLowerCase(Locale.ROOT);
        open.get().getItems().stream()
                .filter(item -> item.isVisible() && !item.isDisable() && item.isMnemonicParsing())
                .filter(item -> mnemonic(item.getText()).equals(letter))
                .findFirst()
                .ifPresent(item -> {
                    event.consume();
                    justUsed = true; // its KEY_TYPED follows, after the menu has closed
                    open.get().hide();
                    // the item's action may open a dialog, which waits: let the key event finish first
                    Platform.runLater(item::fire);
                });
    }

    /** An open menu takes the keyboard: nothing is typed underneath it. */
    private void swallowTyping(KeyEvent event) {
        if (openMenu().isPresent() || justUsed) {
            event.consume();
        }
        justUsed = false;
    }

    private Optional<Menu> openMenu() {
        return menuBar.getMenus().stream().filter(Menu::isShowing).findFirst();
    }

    /** The letter after the first underscore of a menu text ("_Preferences…", "首选项(_P)…"), lower case. */
    private static String mnemonic(String text) {
        int at = text == null ? -1 : text.indexOf('_');
        return at < 0 || at + 1 >= text.length() ? "" : text.substring(at + 1, at + 2).toLowerCase(Locale.ROOT);
    }
}
