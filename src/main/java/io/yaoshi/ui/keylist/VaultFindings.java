package io.yaoshi.ui.keylist;

import io.yaoshi.backup.Recovery;
import io.yaoshi.i18n.Messages;
import io.yaoshi.i18n.VaultAlterationText;
import io.yaoshi.service.DamagedItem;
import io.yaoshi.service.VaultSession;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.FailureText;
import io.yaoshi.vault.SealCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The banner above the key list: what the unlock found wrong with the vault file. Items it could not read are named
 * with what their problem means; a set of items that is not the one last saved can be accepted as it is, which
 * settles that part only.
 */
public final class VaultFindings {

    private final BackgroundRunner runner;
    private final Messages text;
    private final FailureText failures;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canAccept = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRecover = new ReadOnlyBooleanWrapper(false);
    private final Runnable afterRecovery;
    private List<DamagedItem> damaged = List.of();
    private Optional<SealCheck> alteration = Optional.empty();
    private Callable<?> acceptAsItIs = () -> null;
    private DamageRecovery recovery = (ids, password) -> {
        throw new IllegalStateException("nothing to recover");
    };

    /** @param afterRecovery what runs once items came back (the list reads the vault again) */
    VaultFindings(BackgroundRunner runner, Messages text, Runnable afterRecovery) {
        this.runner = runner;
        this.text = text;
        this.failures = new FailureText(text);
        this.afterRecovery = afterRecovery;
    }

    /**
     * Shows what {@code found} reports; {@code acceptAsItIs} seals the vault as it is when the user accepts, and
     * {@code recovery} puts damaged items back from backups when the user asks.
     */
    public void show(VaultSession.UnlockOutcome found, Callable<?> acceptAsItIs, DamageRecovery recovery) {
        this.damaged = found.damaged();
        this.alteration = found.seal().isAltered() ? Optional.of(found.seal()) : Optional.empty();
        this.acceptAsItIs = acceptAsItIs;
        this.recovery = recovery;
        canAccept.set(alteration.isPresent());
        canRecover.set(!damaged.isEmpty());
        render(Optional.empty());
    }

    /**
     * Looks for intact copies of the damaged items in the backups that open with {@code password} (which this wipes),
     * in the background, and says what came back and what did not.
     */
    public void recover(char[] password) {
        if (!canRecover.get()) {
            java.util.Arrays.fill(password, '\0');
            return;
        }
        List<String> ids = damaged.stream().map(DamagedItem::id).toList();
        runner.task(() -> {
            try {
                return recovery.recover(ids, password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }).onStart(() -> canRecover.set(false))
                .onSuccess(result -> {
                    damaged = damaged.stream().filter(item -> !result.recovered().containsKey(item.id())).toList();
                    canRecover.set(!damaged.isEmpty());
                    render(Optional.of(recovered(result)));
                    afterRecovery.run();
                })
                .onFailure(failure -> {
                    canRecover.set(true);
                    render(Optional.of(failures.describe(failure)));
                })
                .run();
    }

    private String recovered(Recovery result) {
        List<String> said = new ArrayList<>();
        said.add(text.format("keylist.recovered", result.recovered().size()));
        if (!result.notFound().isEmpty()) {
            said.add(text.format("keylist.recovered.notFound", result.notFound().size()));
        }
        if (result.needOtherPassword() > 0) {
            said.add(text.format("cli.check.otherPassword", result.needOtherPassword()));
        }
        return String.join(" ", said);
    }

    /** Seals the vault as it is, in the background; the alteration leaves the banner once that is done. */
    public void accept() {
        if (!canAccept.get()) {
            return;
        }
        runner.task(acceptAsItIs)
                .onStart(() -> canAccept.set(false))
                .onSuccess(done -> {
                    alteration = Optional.empty();
                    render(Optional.empty());
                })
                .onFailure(failure -> {
                    canAccept.set(true);
                    render(Optional.of(failures.describe(failure)));
                })
                .run();
    }

    /** Hides the banner until the next unlock reports again. */
    public void dismiss() {
        damaged = List.of();
        alteration = Optional.empty();
        acceptAsItIs = () -> null;
        canAccept.set(false);
        canRecover.set(false);
        render(Optional.empty());
    }

    private void render(Optional<String> acceptFailure) {
        List<String> titles = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        acceptFailure.ifPresent(paragraphs::add);
        alteration.ifPresent(seal -> {
            titles.add(text.get("vault.altered.title"));
            paragraphs.add(VaultAlterationText.explain(seal, text));
        });
        if (!damaged.isEmpty()) {
            titles.add(text.format("keylist.damaged.title", damaged.size()));
            for (DamagedItem.Problem problem : DamagedItem.Problem.values()) {
                List<String> ids = damaged.stream().filter(item -> item.problem() == problem).map(DamagedItem::id)
                        .toList();
                if (!ids.isEmpty()) {
                    paragraphs.add(text.format("keylist.damaged." + problem.name(), ids.size(),
                            ids.stream().collect(Collectors.joining(", "))));
                }
            }
        }
        title.set(titles.isEmpty() && acceptFailure.isPresent() ? text.get("keylist.recovered.title")
                : String.join(" · ", titles));
        details.set(String.join("\n\n", paragraphs));
    }

    /** True while damaged items are shown that backups may hold intact. */
    public ReadOnlyBooleanProperty canRecoverProperty() {
        return canRecover.getReadOnlyProperty();
    }

    /** True while an alteration is shown that the user may accept. */
    public ReadOnlyBooleanProperty canAcceptProperty() {
        return canAccept.getReadOnlyProperty();
    }

    /** Empty while there is nothing to report. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }
}
