package io.yaoshi.ui.keydelete;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.ChoiceTexts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.FailureText;
import java.util.function.Consumer;

/**
 * Deleting one key pair: what the confirmation says, and the deletion itself, here only or at its cloud too. The
 * window asks the user; this does what they chose and reports how it went.
 */
public final class KeyDeleteViewModel {

    /**
     * What the confirmation says: the key pair's name, what will be lost, and, for a key pair that may exist at its
     * cloud, the offer to delete it there too.
     */
    public record Prompt(String header, String body, boolean remoteOffered, String remoteLabel) {
    }

    private final KeyPairService keys;
    private final BackgroundRunner runner;
    private final Messages text;
    private final KeyPairRecord key;

    public KeyDeleteViewModel(KeyPairService keys, BackgroundRunner runner, Messages text, KeyPairRecord key) {
        this.keys = keys;
        this.runner = runner;
        this.text = text;
        this.key = key;
    }

    /** The key pair this deletion is about. */
    public KeyPairRecord key() {
        return key;
    }

    public Prompt prompt() {
        return new Prompt(text.format("keydelete.header", key.name()),
                text.format(key.hasPrivateKey() ? "keydelete.body" : "keydelete.body.publicOnly", key.name()),
                key.mayExistAtCloud(), text.format("keydelete.confirm.everywhere",
                        text.get(key.provider().messageKey())));
    }

    /** Deletes in the background; {@code ended} gets the sentence for the status bar, whichever way it went. */
    /**
     * Deletes in the background: {@code started} gets what it waits for (the cloud's answer, for a deletion there),
     * {@code ended} the outcome.
     */
    public void delete(boolean remotely, Consumer<String> started, Consumer<String> ended) {
        String waitingFor = remotely && key.mayExistAtCloud()
                ? text.format("keydelete.progress.cloud", key.name(), new ChoiceTexts(text).provider(key.provider()))
                : text.format("keydelete.progress.local", key.name());
        runner.task(() -> {
            if (remotely) {
                keys.deleteRemotely(key.id());
            } else {
                keys.delete(key.id());
            }
            return key;
        }).onStart(() -> started.accept(waitingFor)).onSuccess(gone -> ended.accept(text.format("main.status.deleted", gone.name(),
                        new ChoiceTexts(text).place(gone.placement()))))
                .onFailure(e -> ended.accept(new FailureText(text).describe(e))).run();
    }
}
