package io.yaoshi.bench;

import io.yaoshi.app.StartupTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's reference: a bare JavaFX Stage with one label, timed by the same {@link StartupTimer} as
 * the app. A plain main class, like the app's {@code Main}, so it starts from a class-path jar as well.
 */
public final class HelloStage {

    private HelloStage() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The Application itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 640, 480));
            stage.setTitle("Hello");
            stage.show();
            StartupTimer.afterFirstFrame(millis -> { });
        }
    }
}
