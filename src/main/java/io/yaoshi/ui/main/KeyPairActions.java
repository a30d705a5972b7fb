package io.yaoshi.ui.main;

import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.RegionLists;
import io.yaoshi.service.SyncService;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.keycreate.KeyCreateViewModel;
import io.yaoshi.ui.keydelete.KeyDeleteViewModel;
import io.yaoshi.ui.keyexport.KeyExportViewModel;
import io.yaoshi.ui.keyimport.KeyImportViewModel;
import io.yaoshi.ui.keylist.KeyListViewModel;
import io.yaoshi.ui.keytags.KeyTagsViewModel;
import io.yaoshi.ui.sync.SyncViewModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The key-pair dialogs the main window opens: a fresh view model for each, and what the window shows once one
 * ends (the list read again, the key pair selected, the status line).
 */
public final class KeyPairActions {

    private final Supplier<KeyPairService> keys;
    private final KeyPairService personal;
    private final SyncService sync;
    private final KeyPairRules rules;
    private final RegionLists regions;
    private final BackgroundRunner runner;
    private final Messages text;
    private final KeyListViewModel keyList;
    private final StatusLine status;

    /**
     * @param keys     the use cases over the key pairs the window works on (the personal vault's or a team's)
     * @param personal the personal vault's, which a cloud region is compared with
     */
    public KeyPairActions(Supplier<KeyPairService> keys, KeyPairService personal, SyncService sync,
                          KeyPairRules rules, RegionLists regions,
                          BackgroundRunner runner, Messages text, KeyListViewModel keyList, StatusLine status) {
        this.keys = keys;
        this.personal = personal;
        this.sync = sync;
        this.rules = rules;
        this.regions = regions;
        this.runner = runner;
        this.text = text;
        this.keyList = keyList;
        this.status = status;
    }

    /**
     * A fresh form for a new key pair, knowing the names already taken. Its key pair is shown and selected when it
     * is made, even if that is after the user stopped waiting (Cancel during a cloud call).
     */
    public KeyCreateViewModel newKeyCreateViewModel() {
        KeyCreateViewModel form = new KeyCreateViewModel(keys.get(), rules, regions.current(), runner, text,
                keyList.allKeys());
        form.createdProperty().addListener((o, none, key) -> keyAdded(key));
        return form;
    }

    /**
     * After the new-key-pair dialog closed without a key pair, the list is read again all the same, since a cloud
     * create whose answer was lost leaves a pending entry behind.
     */
    public void createDialogClosed(Optional<KeyPairRecord> created) {
        if (created.isEmpty()) {
            keyList.reload();
        }
    }

    public KeyImportViewModel newKeyImportViewModel(Path file) {
        return new KeyImportViewModel(keys.get(), rules, regions.current(), runner, text, keyList.allKeys(), file);
    }

    /** Like a create, an import whose cloud answer was lost leaves a pending entry: the list is read again. */
    public void importDialogClosed(Optional<KeyPairRecord> imported) {
        imported.ifPresentOrElse(this::keyAdded, keyList::reload);
    }

    public void keyAdded(KeyPairRecord key) {
        keyList.reloadAndSelect(key.id());
        status.show(text.format("main.status.added", key.name()));
    }

    public KeyExportViewModel newKeyExportViewModel() {
        return new KeyExportViewModel(keys.get(), runner, text, selected());
    }

    public void exported(Path file) {
        status.show(text.format("main.status.exported", selected().name(), file));
    }

    public KeyTagsViewModel newKeyTagsViewModel() {
        return new KeyTagsViewModel(keys.get(), rules.tags(), runner, text, selected());
    }

    public void tagsSaved(KeyPairRecord key) {
        keyList.reloadAndSelect(key.id());
        status.show(text.format("main.status.tagsSaved", key.name()));
    }

    /** The deletion of the selected key pair, for the window to confirm with the user. */
    public KeyDeleteViewModel newKeyDeleteViewModel() {
        return new KeyDeleteViewModel(keys.get(), runner, text, selected());
    }

    /** After a deletion of {@code removed}: the list is read again, its neighbour selected, the outcome said. */
    public void deletionEnded(KeyId removed, String outcome) {
        keyList.reloadAfterRemoving(removed);
        status.show(outcome);
    }

    /** A sync view whose comparisons refresh the key list (they may settle pending or missing entries). */
    public SyncViewModel newSyncViewModel() {
        SyncViewModel view = new SyncViewModel(sync, personal, regions.current(), runner, text, keyList.allKeys());
        view.onSettled(keyList::reload);
        return view;
    }

    /** The key pair selected in the list; only while one is. */
    /** After a rotation ran: its new key pair and the old one's state are read again. */
    public void rotated() {
        keyList.reload();
    }

    public KeyPairRecord selected() {
        return keyList.selectedProperty().get().key();
    }
}
