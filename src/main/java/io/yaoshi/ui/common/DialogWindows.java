package io.yaoshi.ui.common;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * What every dialog window of the app does beyond its form:
 * <ul>
 *   <li>it grows and shrinks with its content (a passphrase row appearing, an error shown), so its buttons never
 *       leave the window; on a screen too small for it, the form scrolls and the buttons stay;</li>
 *   <li>if it shows vault data, it closes when the vault locks.</li>
 * </ul>
 * JavaFX sizes a dialog's window once, when it is shown, and never again on its own.
 */
public final class DialogWindows {

    private static final String SHOWS_VAULT_DATA = "yaoshi.showsVaultData";
    private static final String DIALOG = "yaoshi.dialog";

    private DialogWindows() {
    }

    /** Fits the window to the content on every change; {@code showsVaultData}: closed by {@link #closeVaultDialogs}. */
    public static void install(Dialog<?> dialog, boolean showsVaultData) {
        DialogPane pane = dialog.getDialogPane();
        AppStyle.apply(pane);
        pane.getProperties().put(DIALOG, dialog);
        pane.getProperties().put(SHOWS_VAULT_DATA, showsVaultData);
        if (pane.getContent() != null) {
            pane.setContent(scrolling(pane.getContent()));
        }
        pane.contentProperty().addListener((o, was, content) -> {
            if (content != null && !(content instanceof ScrollPane s && s.getStyleClass().contains("dialog-form"))) {
                pane.setContent(scrolling(content));
            }
        });
        new Fit(pane).watch();
    }

    /** Closes every open dialog that shows vault data, without a result: on lock, nothing of the vault stays up. */
    public static void closeVaultDialogs() {
        List<Window> open = List.copyOf(Window.getWindows());
        for (Window window : open) {
            Scene scene = window.getScene();
            if (scene != null && scene.getRoot() instanceof DialogPane pane
                    && Boolean.TRUE.equals(pane.getProperties().get(SHOWS_VAULT_DATA))
                    && pane.getProperties().get(DIALOG) instanceof Dialog<?> dialog) {
                dialog.setResult(null);
                dialog.close();
            }
        }
    }

    /**
     * A form's preferred width, no wider than the screen leaves room for: on X11 a dialog first shown wider than its
     * screen keeps that size, whatever it is told after it is shown, so it must not start wider.
     */
    public static double widthOnScreen(double wanted) {
        return Math.min(wanted, Screen.getPrimary().getVisualBounds().getWidth() - 64);
    }

    private static ScrollPane scrolling(Node form) {
        ScrollPane scroll = new ScrollPane(form) {
            /** As tall as the form at this width: wrapped hints take their lines, so no scroll bar shows needlessly. */
            @Override
            protected double computePrefHeight(double width) {
                double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
                return snappedTopInset() + form.prefHeight(inner) + snappedBottomInset();
            }
        };
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("dialog-form");
        return scroll;
    }

    /** Resizes the window when what the content asks for changes (not when the user resized it). */
    private static final class Fit {
        private final DialogPane pane;
        private double askedHeight = -1;
        private double askedWidth = -1;

        Fit(DialogPane pane) {
            this.pane = pane;
        }

        void watch() {
            pane.sceneProperty().addListener((o, was, scene) -> {
                if (scene != null) {
                    scene.addPostLayoutPulseListener(this::fit);
                }
            });
            if (pane.getScene() != null) {
                pane.getScene().addPostLayoutPulseListener(this::fit);
            }
        }

        private void fit() {
            Scene scene = pane.getScene();
            Window window = scene == null ? null : scene.getWindow();
            if (window == null || !window.isShowing() || scene.getRoot() != pane) {
                return;
            }
            double wantWidth = Math.max(pane.minWidth(-1), pane.prefWidth(-1));
            double width = Math.max(scene.getWidth(), wantWidth);
            double wantHeight = pane.prefHeight(width);
            if (wantHeight == askedHeight && wantWidth == askedWidth) {
                return;
            }
            askedHeight = wantHeight;
            askedWidth = wantWidth;
            Rectangle2D screen = screenOf(window);
            double chromeWidth = window.getWidth() - scene.getWidth();
            double chromeHeight = window.getHeight() - scene.getHeight();
            double newWidth = Math.min(width + chromeWidth, screen.getWidth());
            double newHeight = Math.min(wantHeight + chromeHeight, screen.getHeight());
            if (Math.abs(newWidth - window.getWidth()) >= 1 || Math.abs(newHeight - window.getHeight()) >= 1) {
                AskedWindowSize.ask(window, newWidth, newHeight);
            }
            // keep the whole window on its screen, the buttons at its bottom included
            window.setX(Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX() - window.getWidth())));
            window.setY(Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - window.getHeight())));
        }

        private static Rectangle2D screenOf(Window window) {
            List<Screen> screens = Screen.getScreensForRectangle(window.getX(), window.getY(),
                    Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
            return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        }
    }
}
