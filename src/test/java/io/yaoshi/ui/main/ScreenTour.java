package io.yaoshi.ui.main;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the screen as a user sees it (every window at its place on the screen) and the checks a user would
 * make of each: every dialog's buttons whole and inside its window, every window on the screen, no text cut off
 * with an ellipsis. Problems are collected, so one run writes every picture and reports everything at once.
 */
final class ScreenTour {

    private final Path folder;
    private final List<String> problems = new ArrayList<>();
    private int number;

    /** @param firstNumber the number of the first picture, so several tours can share a folder in order */
    ScreenTour(Path folder, int firstNumber) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.number = firstNumber - 1;
    }

    /** An earlier run's picture under this number shows another screen since the tour changed: it would mislead. */
    private void removeEarlierPictureNumbered(String prefix) throws IOException {
        try (var earlier = Files.newDirectoryStream(folder, prefix + "*.png")) {
            for (Path picture : earlier) {
                Files.delete(picture);
            }
        }
    }

    /** Lets layout settle, writes NN-name.png, and checks what is on screen. */
    void shot(String name) throws Exception {
        settle();
        String file = String.format("%02d-%s.png", ++number, name);
        removeEarlierPictureNumbered(file.substring(0, 3));
        WaitForAsyncUtils.asyncFx(() -> {
            check(name);
            ImageIO.write(screen(), "png", folder.resolve(file).toFile());
            return null;
        }).get(30, TimeUnit.SECONDS);
    }

    List<String> problems() {
        return problems;
    }

    Path folder() {
        return folder;
    }

    /** Two rounds of events and pulses: a dialog that resizes to its content does so on the pulse after layout. */
    static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(50);
        }
    }

    private void check(String state) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        for (Window window : showing()) {
            Scene scene = window.getScene();
            if (scene.getRoot() instanceof DialogPane pane) {
                ScreenChecks.buttonsOutside(pane).forEach(p -> problems.add(state + ": " + p));
                ScreenChecks.undesigned(pane).forEach(p -> problems.add(state + ": " + p));
                ScreenChecks.scrollsNeedlessly(pane).forEach(p -> problems.add(state + ": " + p));
            }
            if (window.getX() < screen.getMinX() - 0.5 || window.getY() < screen.getMinY() - 0.5
                    || window.getX() + window.getWidth() > screen.getMaxX() + 0.5
                    || window.getY() + window.getHeight() > screen.getMaxY() + 0.5) {
                problems.add(state + ": " + scene.getRoot().getId() + " leaves the screen: " + window.getX() + ","
                        + window.getY() + " " + window.getWidth() + "x" + window.getHeight() + " on " + screen);
            }
            ScreenChecks.ellipsised(scene.getRoot()).forEach(p -> problems.add(state + ": cut off " + p));
            ScreenChecks.buttonsCutByWindow(scene).forEach(p -> problems.add(state + ": " + p));
            ScreenChecks.cutKeyTableCells(scene).forEach(p -> problems.add(state + ": " + p));
            ScreenChecks.laidOutBeyondWindow(scene).forEach(p -> problems.add(state + ": " + p));
        }
    }

    private static List<Window> showing() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w.getScene() != null).toList();
    }

    /** Every showing window painted at its place on a screen-sized picture, in the order they opened. */
    private static BufferedImage screen() {
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        BufferedImage picture = new BufferedImage((int) bounds.getWidth(), (int) bounds.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        var g = picture.createGraphics();
        g.setColor(new java.awt.Color(0x3f3f46));
        g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
        for (Window window : showing()) {
            WritableImage image = window.getScene().snapshot(null);
            PixelReader pixels = image.getPixelReader();
            int ox = (int) Math.round(window.getX() + window.getScene().getX());
            int oy = (int) Math.round(window.getY() + window.getScene().getY());
            for (int y = 0; y < (int) image.getHeight(); y++) {
                for (int x = 0; x < (int) image.getWidth(); x++) {
                    int px = ox + x;
                    int py = oy + y;
                    if (px >= 0 && py >= 0 && px < picture.getWidth() && py < picture.getHeight()) {
                        picture.setRGB(px, py, pixels.getArgb(x, y));
                    }
                }
            }
            // a thin frame, as a window manager would draw
            g.setColor(new java.awt.Color(0x71717a));
            g.drawRect(ox - 1, oy - 1, (int) image.getWidth() + 1, (int) image.getHeight() + 1);
        }
        g.dispose();
        return picture;
    }
}
