package io.yaoshi.ui.handover;

import io.yaoshi.i18n.Messages;
import io.yaoshi.instance.Consent;
import io.yaoshi.ui.common.DialogWindows;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Asks in the window, above the others, before a command from a terminal takes a private key out of the vault or
 * loosens the agent. Deny is the default button and no answer within a minute is a no. Asked from the thread that
 * runs the command, shown on the JavaFX thread without blocking it.
 */
public final class CommandConsentDialog implements Consent {

    /** How long the question waits. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Messages text;
    private final Supplier<Optional<Window>> owner;

    public CommandConsentDialog(Messages text, Supplier<Optional<Window>> owner) {
        this.text = text;
        this.owner = owner;
    }

    @Override
    public boolean allows(Act act) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        CompletableFuture<Alert> shown = new CompletableFuture<>();
        Platform.runLater(() -> shown.complete(show(act, answer)));
        try {
            return answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            shown.thenAccept(alert -> Platform.runLater(alert::close));
        }
    }

    /**
     * An argument the caller chose (a path, a socket) with every control, format (bidi, zero-width) and line
     * separator character written as {@code \\uXXXX}: it cannot break the question into lines or reorder it.
     */
    static Object visible(Object argument) {
        if (!(argument instanceof String text)) {
            return argument;
        }
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    private Alert show(Act act, CompletableFuture<Boolean> answer) {
        ButtonType allow = new ButtonType(text.get("consent.allow"), ButtonBar.ButtonData.YES);
        ButtonType deny = new ButtonType(text.get("consent.deny"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, text.format(act.messageKey(), act.arguments().stream()
                .map(CommandConsentDialog::visible).toArray())
                + "\n\n" + text.format("consent.body",
                TIMEOUT.toSeconds()), allow, deny);
        owner.get().ifPresent(alert::initOwner);
        alert.setTitle(text.get("consent.title"));
        alert.setHeaderText(text.get("consent.header"));
        alert.getDialogPane().setId("commandConsent");
        ((Button) alert.getDialogPane().lookupButton(allow)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(deny)).setDefaultButton(true);
        alert.getDialogPane().lookupButton(allow).setId("consentAllowButton");
        alert.getDialogPane().lookupButton(deny).setId("consentDenyButton");
        DialogWindows.install(alert, false);
        alert.setOnHidden(event -> answer.complete(alert.getResult() == allow));
        alert.setOnShown(event -> {
            Stage stage = (Stage) alert.getDialogPane().getScene().getWindow();
            stage.setAlwaysOnTop(true);
            stage.toFront();
            alert.getDialogPane().lookupButton(deny).requestFocus();
        });
        alert.show();
        return alert;
    }
}
