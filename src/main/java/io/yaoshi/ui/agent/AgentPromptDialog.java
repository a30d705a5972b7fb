package io.yaoshi.ui.agent;

import io.yaoshi.agent.Approval;
import io.yaoshi.agent.ApprovalRequest;
import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.DialogWindows;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The agent's question, above other windows: Allow / Allow until lock / Deny. Asked from an agent connection's
 * thread, shown on the JavaFX thread without blocking it; no answer within the request's timeout is a denial, and
 * Deny is the default button, so a stray Enter never allows.
 */
public final class AgentPromptDialog implements Approval {

    private final Messages text;
    private final Supplier<Optional<Window>> owner;

    /** @param owner the main window, while it is shown */
    public AgentPromptDialog(Messages text, Supplier<Optional<Window>> owner) {
        this.text = text;
        this.owner = owner;
    }

    @Override
    public Decision ask(ApprovalRequest request) {
        CompletableFuture<Decision> answer = new CompletableFuture<>();
        CompletableFuture<Dialog<Decision>> shown = new CompletableFuture<>();
        Platform.runLater(() -> shown.complete(show(new AgentPromptViewModel(request, text), answer)));
        try {
            return answer.get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return Decision.DENY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Decision.DENY;
        } finally {
            shown.thenAccept(dialog -> Platform.runLater(dialog::close)); // unanswered: it goes away as a no
        }
    }

    private Dialog<Decision> show(AgentPromptViewModel prompt, CompletableFuture<Decision> answer) {
        ButtonType allow = new ButtonType(text.get("agentprompt.allow"), ButtonBar.ButtonData.YES);
        ButtonType untilLock = new ButtonType(text.get("agentprompt.allowUntilLock"), ButtonBar.ButtonData.OTHER);
        ButtonType deny = new ButtonType(text.get("agentprompt.deny"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<Decision> dialog = new Dialog<>();
        owner.get().ifPresent(dialog::initOwner);
        dialog.setTitle(text.get("agentprompt.title"));
        dialog.setHeaderText(prompt.header());
        VBox details = new VBox(6);
        prompt.details().forEach(line -> details.getChildren().add(wrapping(new Label(line))));
        Label fingerprint = new Label(prompt.fingerprint());
        fingerprint.getStyleClass().add("mono");
        details.getChildren().add(1, fingerprint);
        if (prompt.forwarded()) {
            Label warning = wrapping(new Label(prompt.forwardedWarning()));
            warning.getStyleClass().add("warning-text");
            warning.setId("agentForwardedWarning");
            details.getChildren().add(2, warning);
        }
        dialog.getDialogPane().setContent(details);
        dialog.getDialogPane().setId("agentPrompt");
        dialog.getDialogPane().getButtonTypes().add(allow);
        if (prompt.offersUntilLock()) {
            dialog.getDialogPane().getButtonTypes().add(untilLock);
        }
        dialog.getDialogPane().getButtonTypes().add(deny);
        dialog.getDialogPane().getButtonTypes().forEach(type -> {
            Button button = (Button) dialog.getDialogPane().lookupButton(type);
            button.setDefaultButton(type == deny);
        });
        dialog.getDialogPane().lookupButton(allow).setId("agentAllowButton");
        dialog.getDialogPane().lookupButton(deny).setId("agentDenyButton");
        if (prompt.offersUntilLock()) {
            dialog.getDialogPane().lookupButton(untilLock).setId("agentAllowUntilLockButton");
        }
        dialog.setResultConverter(type -> type == allow ? Decision.ALLOW
                : type == untilLock ? Decision.ALLOW_UNTIL_LOCK : Decision.DENY);
        DialogWindows.install(dialog, false);
        dialog.setOnHidden(event -> answer.complete(dialog.getResult() == null ? Decision.DENY : dialog.getResult()));
        dialog.setOnShown(event -> {
            Stage stage = (Stage) dialog.getDialogPane().getScene().getWindow();
            stage.setAlwaysOnTop(true);
            stage.toFront();
            dialog.getDialogPane().lookupButton(deny).requestFocus();
        });
        dialog.show();
        return dialog;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setMaxWidth(460);
        return label;
    }
}
