package io.yaoshi.ui.failure;

import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.DialogButtons;
import io.yaoshi.ui.common.DialogWindows;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's answer to a failure nobody caught on the JavaFX thread (an event handler's exception): logged with a
 * stable error id, and told to the user with that id, the details on demand and a way to copy them for a bug report.
 * Without it such a failure reached only standard error. One report is shown at a time: a failure that repeats while
 * it is open is logged only.
 */
public final class UnexpectedFailureWindow {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailureWindow.class);

    private final Messages text;
    private final String version;
    private final Window owner;
    private boolean showing;

    private UnexpectedFailureWindow(Messages text, String version, Window owner) {
        this.text = text;
        this.version = version;
        this.owner = owner;
    }

    /** Installs the handler on the calling thread, which must be the JavaFX thread. */
    public static void installOnFxThread(Messages text, String version, Window owner) {
        UnexpectedFailureWindow window = new UnexpectedFailureWindow(text, version, owner);
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> window.report(thread, failure));
    }

    private void report(Thread thread, Throwable failure) {
        UnexpectedFailureReport report = UnexpectedFailureReport.of(failure, version, thread.getName());
        // the log gets what the report shows: classes and frames, not messages, which may quote a secret input
        LOG.error("Unexpected failure {} on {}:\n{}", report.id(), thread.getName(), report.trace());
        if (!showing) {
            showing = true;
            Platform.runLater(() -> {
                try {
                    show(report);
                } finally {
                    showing = false;
                }
            });
        }
    }

    private void show(UnexpectedFailureReport report) {
        ButtonType copy = new ButtonType(text.get("failure.copy"), ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.ERROR, text.format("failure.body", report.id()),
                copy, DialogButtons.close(text.bundle()));
        alert.initOwner(owner);
        alert.setTitle(text.get("failure.title"));
        alert.setHeaderText(text.format("failure.header", report.id()));
        TextArea details = new TextArea(report.forBugReport());
        details.setEditable(false);
        details.setId("failureDetails");
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setId("unexpectedFailureDialog");
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId("copyFailureButton");
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report.forBugReport());
            Clipboard.getSystemClipboard().setContent(content);
            event.consume(); // the window stays open
        });
        DialogWindows.install(alert, false);
        alert.showAndWait();
    }
}
