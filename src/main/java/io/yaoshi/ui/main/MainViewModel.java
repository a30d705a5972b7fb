package io.yaoshi.ui.main;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.RegionLists;
import io.yaoshi.service.SyncService;
import io.yaoshi.service.VaultSession;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.ClipboardGuard;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.common.FailureText;
import io.yaoshi.ui.keycreate.KeyCreateViewModel;
import io.yaoshi.ui.keydelete.KeyDeleteViewModel;
import io.yaoshi.ui.keyexport.KeyExportViewModel;
import io.yaoshi.ui.keyimport.KeyImportViewModel;
import io.yaoshi.ui.keylist.KeyListViewModel;
import io.yaoshi.ui.keytags.KeyTagsViewModel;
import io.yaoshi.ui.sync.SyncViewModel;
import io.yaoshi.ui.vaultunlock.VaultUnlockViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** The main window's state: locked or unlocked, the status line, and the lock command. */
public final class MainViewModel {

    private final VaultSession vault;
    private final KeyPairService keys;
    private final SyncService syncService;
    private final KeyPairRules rules;
    private final RegionLists regions;
    private static final Duration REGION_LIST_MAX_AGE = Duration.ofDays(1);
    private final BackgroundRunner runner;
    private final Messages text;
    private final KeyListViewModel keyList;
    private final VaultUnlockViewModel unlock;

    private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status;
    private final Command lock;
    private final BooleanBinding hasSelection;
    private final AutoLock autoLock;
    private final BooleanProperty sandboxRunning = new SimpleBooleanProperty(false);
    private boolean settingSandboxBack;
    private final SandboxControl sandbox;
    private final ClipboardGuard clipboard;
    private final Command copyPublicKey;
    private final Command clearClipboard;

    /**
     * @param autoLockAfter lock when the user has done nothing for this long (read at each check, so a new
     *                      preference applies at once); zero never locks
     */
    public MainViewModel(VaultSession vault, KeyPairService keys, SyncService syncService, KeyPairRules rules,
                         RegionLists regions, BackgroundRunner runner, Messages text, KeyListViewModel keyList, Clock clock,
                         Supplier<Duration> autoLockAfter, SandboxControl sandbox, ClipboardGuard clipboard) {
        this.vault = vault;
        this.keys = keys;
        this.syncService = syncService;
        this.rules = rules;
        this.regions = regions;
        this.runner = runner;
        this.text = text;
        this.keyList = keyList;
        this.autoLock = new AutoLock(clock, autoLockAfter);
        this.sandbox = sandbox;
        this.clipboard = clipboard;
        this.unlock = new VaultUnlockViewModel(vault, runner, text, this::vaultUnlocked);
        this.status = new ReadOnlyStringWrapper(text.get("main.status.locked"));
        this.lock = Command.when(unlocked, this::lock);
        this.hasSelection = unlocked.and(keyList.selectedProperty().isNotNull());
        this.copyPublicKey = Command.when(hasSelection, this::copySelectedPublicKey);
        this.clearClipboard = Command.when(clipboard.holdingProperty(), this::clearClipboardNow);
        sandboxRunning.addListener((o, was, on) -> {
            if (!settingSandboxBack) {
                sandbox(on);
            }
        });
        unlock.refresh();
    }

    /**
     * A fresh form for a new key pair, knowing the names already taken. Its key pair is shown and selected when it
     * is made, even if that is after the user stopped waiting (Cancel during a cloud call).
     */
    public KeyCreateViewModel newKeyCreateViewModel() {
        KeyCreateViewModel form = new KeyCreateViewModel(keys, rules, regions.current(), runner, text,
                keyList.allKeys());
        form.createdProperty().addListener((o, none, key) -> keyAdded(key));
        return form;
    }

    public KeyExportViewModel newKeyExportViewModel() {
        return new KeyExportViewModel(keys, runner, text, selected());
    }

    /**
     * The files among these that can be offered for import (dropped on the window or chosen in the Open dialog):
     * regular files, and only while the vault is unlocked. Folders and the like are passed over.
     */
    public List<Path> importableFiles(List<Path> files) {
        return unlocked.get() ? files.stream().filter(Files::isRegularFile).toList()
                : List.of();
    }

    public KeyImportViewModel newKeyImportViewModel(Path file) {
        return new KeyImportViewModel(keys, rules, regions.current(), runner, text, keyList.allKeys(), file);
    }

    /** A sync view whose comparisons refresh the key list (they may settle pending or missing entries). */
    public SyncViewModel newSyncViewModel() {
        SyncViewModel sync = new SyncViewModel(syncService, keys, regions.current(), runner, text);
        sync.onSettled(keyList::reload);
        return sync;
    }

    public KeyTagsViewModel newKeyTagsViewModel() {
        return new KeyTagsViewModel(keys, rules.tags(), runner, text, selected());
    }

    public void tagsSaved(KeyPairRecord key) {
        keyList.reloadAndSelect(key.id());
        status.set(text.format("main.status.tagsSaved", key.name()));
    }

    /**
     * After the new-key-pair dialog closed without a key pair, the list is read again all the same, since a cloud
     * create whose answer was lost leaves a pending entry behind.
     */
    public void createDialogClosed(java.util.Optional<KeyPairRecord> created) {
        if (created.isEmpty()) {
            keyList.reload();
        }
    }

    public void keyAdded(KeyPairRecord key) {
        keyList.reloadAndSelect(key.id());
        status.set(text.format("main.status.added", key.name()));
    }

    public void exported(Path file) {
        status.set(text.format("main.status.exported", selected().name(), file));
    }

    /** Copies the selected key pair's public key line; like anything Yaoshi copies, it is taken back later. */
    private void copySelectedPublicKey() {
        KeyPairRecord key = selected();
        Duration clearedIn = clipboard.copy(key.publicKey());
        status.set(text.format("main.status.copiedPublicKey", key.name(), clearedIn.toSeconds()));
    }

    private void clearClipboardNow() {
        status.set(text.get("main.status.clipboard." + clipboard.clear().name()));
    }

    /** The deletion of the selected key pair, for the window to confirm with the user. */
    public KeyDeleteViewModel newKeyDeleteViewModel() {
        return new KeyDeleteViewModel(keys, runner, text, selected());
    }

    /** After a deletion: the list is read again and the status says what happened. */
    public void deletionEnded(String outcome) {
        keyList.reload();
        status.set(outcome);
    }

    public KeyPairRecord selected() {
        return keyList.selectedProperty().get().key();
    }

    public BooleanBinding hasSelectionBinding() {
        return hasSelection;
    }

    /**
     * Whether the local sandbox cloud runs. Setting it starts or stops the sandbox; the status says what the accounts
     * now point to, and a start that fails sets it back, so File → Local Sandbox Cloud is never ticked while nothing
     * runs.
     */
    public BooleanProperty sandboxRunningProperty() {
        return sandboxRunning;
    }

    private void sandbox(boolean on) {
        if (!on) {
            runner.task(() -> {
                sandbox.stop();
                return null;
            }).onSuccess(done -> status.set(text.get("main.status.sandboxStopped"))).run();
            return;
        }
        runner.task(sandbox::start)
                .onSuccess(kept -> status.set(kept.isEmpty() ? text.get("main.status.sandboxStarted")
                        : text.format("main.status.sandboxStartedKept", String.join(", ", kept))))
                .onFailure(e -> {
                    settingSandboxBack = true; // nothing runs, so there is nothing to stop
                    sandboxRunning.set(false);
                    settingSandboxBack = false;
                    status.set(new FailureText(text).describe(e));
                })
                .run();
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
                status.set(text.format("main.status.autoLocked", limit.toMinutes()));
            });
        }
    }

    private void vaultUnlocked(VaultSession.UnlockOutcome outcome) {
        userActive();
        unlocked.set(true);
        status.set(text.format("main.status.unlocked", vault.file().getFileName()));
        keyList.reload();
        keyList.showFindings(outcome, () -> {
            vault.acceptContentsAsTheyAre();
            return null;
        });
        reconcilePending();
        learnRegions();
    }

    /** The forms offer the regions the clouds list now (asked at most daily; offline, the last list stays). */
    private void learnRegions() {
        runner.task(() -> regions.refreshIfOlderThan(REGION_LIST_MAX_AGE, List.of(ProviderId.ALIYUN,
                ProviderId.UCLOUD))).run();
    }

    /** Creates whose answer was lost are settled with their cloud as soon as the vault opens. */
    private void reconcilePending() {
        runner.task(syncService::reconcilePending)
                .onSuccess(settled -> {
                    if (!settled.isEmpty()) {
                        status.set(text.format("main.status.reconciled", settled.size()));
                        keyList.reload();
                    }
                })
                .onFailure(e -> status.set(text.format("main.status.reconcileFailed",
                        new FailureText(text).describe(e))))
                .run();
    }

    private void lock() {
        clipboard.clear();
        unlocked.set(false);
        keyList.clear();
        status.set(text.get("main.status.locked"));
        runner.task(() -> {
            vault.lock();
            return null;
        }).always(unlock::refresh).run();
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
        return status.getReadOnlyProperty();
    }

    public StringBinding keyCountTextBinding() {
        return keyList.countTextBinding();
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
