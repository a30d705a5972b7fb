package io.yaoshi.ui.main;

import io.yaoshi.i18n.Messages;
import io.yaoshi.service.VaultSession;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.keylist.KeyListViewModel;
import io.yaoshi.ui.vaultunlock.VaultUnlockViewModel;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The main window's state: locked or unlocked, the status line, and the lock command. */
public final class MainViewModel {

    private final VaultSession vault;
    private final BackgroundRunner runner;
    private final Messages text;
    private final KeyListViewModel keyList;
    private final VaultUnlockViewModel unlock;

    private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status;
    private final Command lock;

    public MainViewModel(VaultSession vault, BackgroundRunner runner, Messages text, KeyListViewModel keyList) {
        this.vault = vault;
        this.runner = runner;
        this.text = text;
        this.keyList = keyList;
        this.unlock = new VaultUnlockViewModel(vault, runner, text, this::vaultUnlocked);
        this.status = new ReadOnlyStringWrapper(text.get("main.status.locked"));
        this.lock = Command.when(unlocked, this::lock);
        unlock.refresh();
    }

    private void vaultUnlocked() {
        unlocked.set(true);
        status.set(text.format("main.status.unlocked", vault.file().getFileName()));
        keyList.reload();
    }

    private void lock() {
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
}
