package io.yaoshi.ui.main;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.ui.about.AboutDialog;
import io.yaoshi.ui.accounts.AccountsDialog;
import io.yaoshi.ui.agent.AgentLoadDialog;
import io.yaoshi.ui.agent.RecentRequestsDialog;
import io.yaoshi.ui.agent.UseWithSshDialog;
import io.yaoshi.ui.backup.BackupViewModel;
import io.yaoshi.ui.common.FilePicker;
import io.yaoshi.ui.history.HistoryDialog;
import io.yaoshi.ui.keycreate.KeyCreateDialog;
import io.yaoshi.ui.keydelete.KeyDeleteDialog;
import io.yaoshi.ui.keydelete.KeyDeleteViewModel;
import io.yaoshi.ui.keyexport.KeyExportDialog;
import io.yaoshi.ui.keyimport.KeyFileKinds;
import io.yaoshi.ui.keyimport.KeyImportDialog;
import io.yaoshi.ui.keytags.KeyTagsDialog;
import io.yaoshi.ui.passwordcost.PasswordCostDialog;
import io.yaoshi.ui.preferences.PreferencesDialog;
import io.yaoshi.ui.rotation.RotationDialog;
import io.yaoshi.ui.rotation.RotationViewModel;
import io.yaoshi.ui.servers.ServersDialog;
import io.yaoshi.ui.sync.SyncDialog;
import io.yaoshi.ui.team.TeamsDialog;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.stage.Window;

/** Opens the main window's dialogs, each over a fresh view model, and hands their results to the window. */
public final class WindowDialogs {

    /** The dialogs the main window opens. */
    public record Dialogs(AboutDialog about, KeyCreateDialog create, KeyExportDialog export, KeyImportDialog importer,
                          KeyTagsDialog tags, AccountsDialog accounts, SyncDialog sync, PreferencesDialog preferences,
                          PasswordCostDialog passwordCost, RecentRequestsDialog agentRequests,
                          UseWithSshDialog useWithSsh, AgentLoadDialog agentLoad, ServersDialog servers,
                          Rotations rotations, HistoryDialog history, TeamsDialog teams, BackupViewModel backup,
                          FilePicker files) {
    }

    /** The Rotate wizard and a fresh view model of it for each key pair. */
    public record Rotations(RotationDialog dialog, Function<KeyPairRecord, RotationViewModel> viewModels) {
    }

    private final Dialogs dialogs;
    private final KeyPairActions actions;
    private final StatusLine status;
    private final ResourceBundle resources;

    public WindowDialogs(Dialogs dialogs, KeyPairActions actions, StatusLine status, ResourceBundle resources) {
        this.dialogs = dialogs;
        this.actions = actions;
        this.status = status;
        this.resources = resources;
    }

    void newKey(Window owner) {
        actions.createDialogClosed(dialogs.create().show(owner, actions.newKeyCreateViewModel()));
    }

    /** The files the user chose in the Open dialog. */
    List<Path> chooseKeyFiles(Window owner) {
        return dialogs.files().openFiles(owner, resources.getString("keyimport.chooser"), KeyFileKinds.of(resources));
    }

    /** One import dialog per file, in turn; cancelling one goes on with the next. */
    void importFiles(Window owner, List<Path> files) {
        for (Path file : files) {
            actions.importDialogClosed(dialogs.importer().show(owner, actions.newKeyImportViewModel(file)));
        }
    }

    void exportKey(Window owner) {
        dialogs.export().show(owner, actions.newKeyExportViewModel()).ifPresent(actions::exported);
    }

    void editTags(Window owner) {
        dialogs.tags().show(owner, actions.newKeyTagsViewModel()).ifPresent(actions::tagsSaved);
    }

    void deleteKey(Window owner) {
        KeyDeleteViewModel deletion = actions.newKeyDeleteViewModel();
        KeyDeleteDialog.confirm(owner, deletion.prompt(), resources)
                .ifPresent(remotely -> deletion.delete(remotely, status::show,
                        outcome -> actions.deletionEnded(deletion.key().id(), outcome)));
    }

    void sync(Window owner) {
        dialogs.sync().show(owner, actions.newSyncViewModel());
    }

    /** The Rotate wizard for the selected key pair, which must be at a cloud. */
    void rotate(Window owner) {
        KeyPairRecord key = actions.selected();
        if (!key.provider().isCloud()) {
            status.show(resources.getString("rotation.cloudOnly"));
            return;
        }
        if (dialogs.rotations().dialog().show(owner, dialogs.rotations().viewModels().apply(key))) {
            actions.rotated();
        }
    }

    void servers(Window owner) {
        dialogs.servers().show(owner);
    }

    void history(Window owner) {
        dialogs.history().show(owner);
    }

    void teams(Window owner) {
        dialogs.teams().show(owner);
    }

    /** Asks where to write a backup of the vault, then writes it in the background. */
    void backUp(Window owner) {
        dialogs.files().save(owner, resources.getString("backup.chooser"), dialogs.backup().suggestedFileName())
                .ifPresent(target -> dialogs.backup().backUpTo(target, status::show));
    }

    void accounts(Window owner) {
        dialogs.accounts().show(owner);
    }

    /** Preferences, from which the accounts and the password cost open; both need the vault unlocked. */
    void preferences(Window owner, ObservableBooleanValue unlocked) {
        dialogs.preferences().show(owner, dialogs.accounts()::show, dialogs.passwordCost()::show, unlocked)
                .ifPresent(status::show);
    }

    void about(Window owner) {
        dialogs.about().show(owner);
    }

    void useWithSsh(Window owner) {
        dialogs.useWithSsh().show(owner, actions.selected());
    }

    void loadIntoAgent(Window owner) {
        dialogs.agentLoad().show(owner, actions.selected()).ifPresent(status::show);
    }

    void agentRequests(Window owner) {
        dialogs.agentRequests().show(owner);
    }
}
