package io.yaoshi.ui.preferences;

import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DialogWindows;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asked once, the first time the user offers a key to the agent: should closing the window leave Yaoshi running, so
 * that ssh keeps finding its keys? The answer is a preference, changeable later.
 */
public final class KeepRunningQuestion {

    private static final Logger LOG = LoggerFactory.getLogger(KeepRunningQuestion.class);

    private final PreferencesStore store;
    private final LivePreferences live;
    private final BackgroundRunner runner;
    private final Messages text;
    private final Supplier<Optional<Window>> owner;

    public KeepRunningQuestion(PreferencesStore store, LivePreferences live, BackgroundRunner runner, Messages text,
                               Supplier<Optional<Window>> owner) {
        this.store = store;
        this.live = live;
        this.runner = runner;
        this.text = text;
        this.owner = owner;
    }

    /** Asks unless the user has answered already (here, or in Preferences); on the JavaFX thread. */
    public void askOnce() {
        if (live.get().keepRunning() != null) {
            return;
        }
        ButtonType keep = new ButtonType(text.get("background.keep"), ButtonBar.ButtonData.YES);
        ButtonType quit = new ButtonType(text.get("background.quit"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text.get("background.body"), keep, quit);
        owner.get().ifPresent(alert::initOwner);
        alert.setTitle(text.get("background.title"));
        alert.setHeaderText(text.get("background.header"));
        alert.getDialogPane().setId("keepRunningQuestion");
        alert.getDialogPane().lookupButton(keep).setId("keepRunningButton");
        alert.getDialogPane().lookupButton(quit).setId("quitWhenClosedButton");
        DialogWindows.install(alert, false);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty()) {
            return; // closed without an answer: asked again next time
        }
        Preferences chosen = live.get().withKeepRunning(answer.get() == keep);
        live.set(chosen);
        runner.task(() -> {
            store.save(chosen);
            return chosen;
        }).onFailure(e -> LOG.warn("The answer could not be saved: {}", e.toString())).run();
    }
}
