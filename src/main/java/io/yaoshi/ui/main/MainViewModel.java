package io.yaoshi.ui.main;

import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.VaultSession;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.ClipboardGuard;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.keylist.DamageRecovery;
import io.yaoshi.ui.keylist.KeyListViewModel;
import io.yaoshi.ui.vaultunlock.VaultUnlockViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The main window's state: locked or unlocked, the auto-lock, the clipboard, and the status line. */
public final class MainViewModel {

    private boolean quitRequested;
    private final VaultSession vault;
    private final KeyListViewModel keyList;
    private final StatusLine status;
    private final BackgroundRunner runner;
    private final Messages text;
    private final AutoLock autoLock;
    private final ClipboardGuard clipboard;
    private final Runnable afterUnlock;
    private final DamageRecovery recovery;
    private final VaultUnlockViewModel unlock;

    private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper();
    private final Command lock;
    private final BooleanBinding hasSelection;
    private final BooleanProperty personalKeysShown = new SimpleBooleanProperty(true);
    private final BooleanBinding hasPersonalSelection;
    private final Command copyPublicKey;
    private final Command clearClipboard;

    /**
     * @param afterUnlock what else runs each time the vault opens (see {@link UnlockFollowUp})
     * @param recovery    puts damaged items back from the backups, when the unlock found some
     */
    public MainViewModel(VaultSession vault, KeyListViewModel keyList, StatusLine status, BackgroundRunner runner,
                         Messages text, AutoLock autoLock, ClipboardGuard clipboard, Runnable afterUnlock,
                         DamageRecovery recovery) {
        this.vault = vault;
        this.keyList = keyList;
        this.status = status;
        this.runner = runner;
        this.text = text;
        this.autoLock = autoLock;
        this.clipboard = clipboard;
        this.afterUnlock = afterUnlock;
        this.recovery = recovery;
        this.unlock = new VaultUnlockViewModel(vault, runner, text, this::vaultUnlocked);
        this.lock = Command.when(unlocked, this::lock);
        this.hasSelection = unlocked.and(keyList.selectedProperty().isNotNull());
        this.hasPersonalSelection = hasSelection.and(personalKeysShown);
        this.copyPublicKey = Command.when(hasSelection, this::copySelectedPublicKey);
        this.clearClipboard = Command.when(clipboard.holdingProperty(), this::clearClipboardNow);
        status.show(text.get("main.status.locked"));
        unlock.refresh();
    }

    /**
     * The files among these that can be offered for import (dropped on the window or chosen in the Open dialog):
     * regular files, and only while the vault is unlocked. Folders and the like are passed over.
     */
    public List<Path> importableFiles(List<Path> files) {
        return unlocked.get() ? files.stream().filter(Files::isRegularFile).toList() : List.of();
    }

    /** Copies the selected key pair's public key line; like anything Yaoshi copies, it is taken back later. */
    private void copySelectedPublicKey() {
        KeyPairRecord key = keyList.selectedProperty().get().key();
        Duration clearedIn = clipboard.copy(key.publicKey());
        status.show(text.format("main.status.copiedPublicKey", key.name(), clearedIn.toSeconds()));
        HistoryEvent copied = HistoryEvent.of(HistoryAction.KEY_COPY).about(key).with("what", "public-key");
        runner.task(() -> {
            vault.events().record(copied);
            return copied;
        }).run();
    }

    private void clearClipboardNow() {
        status.show(text.get("main.status.clipboard." + clipboard.clear().name()));
    }

    /** An unlocked vault with a key pair selected: what export, tags and delete act on. */
    public BooleanBinding hasSelectionBinding() {
        return hasSelection;
    }

    /** Whether the list shows the personal vault's key pairs (not a team's): set by the team switcher. */
    public BooleanProperty personalKeysShownProperty() {
        return personalKeysShown;
    }

    /**
     * A selected key pair of the personal vault: what the SSH agent, loading into OpenSSH's agent and rotation act
     * on (they work with the personal vault; a team's key pair is exported to be used elsewhere).
     */
    public BooleanBinding hasPersonalSelectionBinding() {
        return hasPersonalSelection;
    }

    /** The user pressed a key or moved the mouse: the idle time starts again. */
    public void userActive() {
        autoLock.userActive();
    }

    /** Called now and then by the view: locks the vault once the user has been idle for the auto-lock time. */
    public void checkIdle() {
        if (unlocked.get()) {
            autoLock.expired().ifPresent(limit -> {
                lock();
                status.show(text.format("main.status.autoLocked", limit.toMinutes()));
            });
        }
    }

    private void vaultUnlocked(VaultSession.UnlockOutcome outcome) {
        userActive();
        unlocked.set(true);
        status.show(text.format("main.status.unlocked", vault.file().getFileName()));
        keyList.reload();
        keyList.findings().show(outcome, () -> {
            vault.acceptContentsAsTheyAre();
            return null;
        }, recovery);
        afterUnlock.run();
    }

    private void lock() {
        clipboard.clear();
        unlocked.set(false);
        keyList.clear();
        status.show(text.get("main.status.locked"));
        runner.task(() -> {
                    vault.lock();
                    return null;
                })
                .always(unlock::refresh)
                .run();
    }

    public VaultUnlockViewModel unlockViewModel() {
        return unlock;
    }

    public KeyListViewModel keyListViewModel() {
        return keyList;
    }

    public ReadOnlyBooleanProperty unlockedProperty() {
        return unlocked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.textProperty();
    }

    public StringBinding keyCountTextBinding() {
        return keyList.countTextBinding();
    }

    /** File > Quit: the app ends when its window closes, even where closing it would leave it running. */
    public void requestQuit() {
        quitRequested = true;
    }

    public boolean quitRequested() {
        return quitRequested;
    }

    public Command lockCommand() {
        return lock;
    }

    public Command copyPublicKeyCommand() {
        return copyPublicKey;
    }

    /** "Clear Clipboard Now": executable while the clipboard may hold something Yaoshi put there. */
    public Command clearClipboardCommand() {
        return clearClipboard;
    }
}
