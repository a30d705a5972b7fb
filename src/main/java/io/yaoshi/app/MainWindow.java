package io.yaoshi.app;

import io.yaoshi.ui.common.AppStyle;
import io.yaoshi.ui.common.AskedWindowSize;
import io.yaoshi.ui.failure.UnexpectedFailureWindow;
import io.yaoshi.ui.main.MainController;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts the main view in a stage, restores where the user left the window and remembers it on close. */
public final class MainWindow {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    /** Rendered from icons/yaoshi.svg by icons/generate.sh; the window system picks the size it needs. */
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    /** The main window, kept while hidden too: a window closed to the background is not among the showing ones. */
    private static volatile Stage mainStage;

    private final Wiring wiring;

    public MainWindow(Wiring wiring) {
        this.wiring = wiring;
    }

    /** The main window while it is shown: the owner of prompts that arrive from elsewhere (the SSH agent). */
    static java.util.Optional<javafx.stage.Window> shown() {
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                .filter(window -> window.getScene() != null && window.getScene().getRoot() != null
                        && "mainRoot".equals(window.getScene().getRoot().getId()))
                .findFirst();
    }

    /** The main window to the front, shown again if it was closed to the background, restored if minimised. */
    static void bringForward() {
        Stage stage = mainStage;
        if (stage != null) {
            stage.show();
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }
    }

    public void show(Stage stage) {
        Parent root = wiring.views().load(MainController.class);
        AppStyle.apply(root);
        Scene scene = new Scene(root);
        stage.setScene(scene);
        mainStage = stage;
        stage.setTitle(wiring.messages().get("app.title"));
        showIconsWhenDecoded(stage);
        WindowGeometry remembered = wiring.settingsAtStart().window();
        place(stage, remembered);
        stage.setOnHiding(e -> remember(stage, remembered));
        UnexpectedFailureWindow.installOnFxThread(wiring.messages(), wiring.build().version(), stage);
        stage.show();
        // the size placed before showing, asked again where the window manager's first answers replace it
        AskedWindowSize.ask(stage, stage.getWidth(), stage.getHeight());
        LOG.info("Main window shown");
    }

    /**
     * The icons decode on JavaFX's image loader thread (six PNGs took 0.05 s of the first frame on this thread) and
     * join the window together once all are ready: the window system then picks the size it needs.
     */
    private static void showIconsWhenDecoded(Stage stage) {
        List<Image> icons = Arrays.stream(ICON_SIZES).mapToObj(size -> new Image(
                MainWindow.class.getResource("icons/yaoshi-" + size + ".png").toExternalForm(), true)).toList();
        InvalidationListener whenAllDecoded = new InvalidationListener() {
            @Override
            public void invalidated(Observable changed) {
                if (icons.stream().allMatch(icon -> icon.isError() || icon.getProgress() >= 1)) {
                    icons.forEach(icon -> {
                        icon.progressProperty().removeListener(this);
                        icon.errorProperty().removeListener(this);
                    });
                    stage.getIcons().setAll(icons.stream().filter(icon -> !icon.isError()).toList());
                }
            }
        };
        icons.forEach(icon -> {
            icon.progressProperty().addListener(whenAllDecoded);
            icon.errorProperty().addListener(whenAllDecoded);
        });
    }

    private static void place(Stage stage, WindowGeometry geometry) {
        // a window remembered on a monitor that is gone is centred on the primary screen instead
        boolean remembered = geometry.hasPosition() && isVisibleOnSomeScreen(geometry);
        Rectangle2D screen = (remembered ? Screen.getScreensForRectangle(new Rectangle2D(geometry.x(), geometry.y(),
                geometry.width(), 40)).get(0) : Screen.getPrimary()).getVisualBounds();
        // never larger than the screen it opens on: a small screen would otherwise hide the status bar
        stage.setWidth(Math.min(geometry.width(), screen.getWidth()));
        stage.setHeight(Math.min(geometry.height(), screen.getHeight()));
        stage.setMinWidth(Math.min(WindowGeometry.MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(WindowGeometry.MIN_HEIGHT, screen.getHeight()));
        if (remembered) {
            stage.setX(Math.max(screen.getMinX(), Math.min(geometry.x(), screen.getMaxX() - stage.getWidth())));
            stage.setY(Math.max(screen.getMinY(), Math.min(geometry.y(), screen.getMaxY() - stage.getHeight())));
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(geometry.maximized());
    }

    private static boolean isVisibleOnSomeScreen(WindowGeometry g) {
        // the title bar must be reachable: test a strip along the window's top edge
        return !Screen.getScreensForRectangle(new Rectangle2D(g.x(), g.y(), g.width(), 40)).isEmpty();
    }

    private void remember(Stage stage, WindowGeometry previous) {
        // a maximised window keeps the normal bounds it will return to when un-maximised
        WindowGeometry geometry = stage.isMaximized()
                ? new WindowGeometry(previous.x(), previous.y(), previous.width(), previous.height(), true)
                : new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        try {
            wiring.settings().update(settings -> settings.withWindow(geometry));
        } catch (IOException e) {
            LOG.warn("Could not remember the window geometry: {}", e.toString());
        }
    }
}
