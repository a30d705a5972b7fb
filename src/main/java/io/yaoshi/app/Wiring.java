package io.yaoshi.app;

import io.yaoshi.agent.AgentFrontEnd;
import io.yaoshi.agent.KnownHosts;
import io.yaoshi.agent.RecentRequests;
import io.yaoshi.cli.CliEnvironment;
import io.yaoshi.cli.HandedOverCommands;
import io.yaoshi.cli.SecretReader;
import io.yaoshi.cli.TerminalSafePrintStream;
import io.yaoshi.cli.VaultAccess;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.i18n.Messages;
import io.yaoshi.instance.InstanceSocket;
import io.yaoshi.servers.KeyRotation;
import io.yaoshi.servers.ServersSshConfig;
import io.yaoshi.service.AgentHistory;
import io.yaoshi.service.AgentLoader;
import io.yaoshi.sshconfig.UseWithSsh;
import io.yaoshi.ui.about.AboutDialog;
import io.yaoshi.ui.accounts.AccountsDialog;
import io.yaoshi.ui.agent.AgentLoadDialog;
import io.yaoshi.ui.agent.AgentLoadViewModel;
import io.yaoshi.ui.agent.AgentPolicyViewModel;
import io.yaoshi.ui.agent.AgentPromptDialog;
import io.yaoshi.ui.agent.RecentRequestsDialog;
import io.yaoshi.ui.agent.UseWithSshDialog;
import io.yaoshi.ui.agent.UseWithSshViewModel;
import io.yaoshi.ui.backup.BackupPasswordDialog;
import io.yaoshi.ui.backup.BackupViewModel;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.ClipboardGuard;
import io.yaoshi.ui.common.FilePicker;
import io.yaoshi.ui.common.FxClipboard;
import io.yaoshi.ui.common.UiExecutor;
import io.yaoshi.ui.common.ViewLoader;
import io.yaoshi.ui.handover.CommandConsentDialog;
import io.yaoshi.ui.history.HistoryDialog;
import io.yaoshi.ui.history.HistoryViewModel;
import io.yaoshi.ui.history.KeyHistoryViewModel;
import io.yaoshi.ui.keycreate.KeyCreateDialog;
import io.yaoshi.ui.keydetails.KeyDetailsController;
import io.yaoshi.ui.keydetails.KeyDetailsViewModel;
import io.yaoshi.ui.keyexport.KeyExportDialog;
import io.yaoshi.ui.keyimport.KeyImportDialog;
import io.yaoshi.ui.keylist.KeyListController;
import io.yaoshi.ui.keylist.KeyListViewModel;
import io.yaoshi.ui.keyrow.KeyRowFormatter;
import io.yaoshi.ui.keytags.KeyTagsDialog;
import io.yaoshi.ui.main.AgentStatus;
import io.yaoshi.ui.main.AutoLock;
import io.yaoshi.ui.main.KeyPairActions;
import io.yaoshi.ui.main.MainController;
import io.yaoshi.ui.main.MainViewModel;
import io.yaoshi.ui.main.SandboxSwitch;
import io.yaoshi.ui.main.StatusLine;
import io.yaoshi.ui.main.UnlockFollowUp;
import io.yaoshi.ui.main.WindowDialogs;
import io.yaoshi.ui.passwordcost.PasswordCostDialog;
import io.yaoshi.ui.preferences.KeepRunningQuestion;
import io.yaoshi.ui.preferences.LivePreferences;
import io.yaoshi.ui.preferences.PreferencesDialog;
import io.yaoshi.ui.rotation.RotationDialog;
import io.yaoshi.ui.rotation.RotationViewModel;
import io.yaoshi.ui.servers.KeyServersViewModel;
import io.yaoshi.ui.servers.ServersDialog;
import io.yaoshi.ui.servers.ServersViewModel;
import io.yaoshi.ui.sync.SyncDialog;
import io.yaoshi.ui.team.ActiveKeys;
import io.yaoshi.ui.team.TeamSwitcherViewModel;
import io.yaoshi.ui.team.TeamsDialog;
import io.yaoshi.ui.team.TeamsViewModel;
import io.yaoshi.ui.vaultunlock.VaultUnlockController;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/** Builds every object of the desktop app once, in dependency order, by constructor injection. */
public final class Wiring {

    /** How many of the agent's requests its panel lists (kept in memory only). */
    private static final int RECENT_AGENT_REQUESTS = 200;

    private final Messages messages;
    private final BuildInfo build;
    private final SettingsStore settings;
    private final Settings atStart;
    private final Services services;
    private final ViewLoader views;
    private final Sandbox sandbox;
    private final ClipboardGuard clipboard;
    private final DesktopAgent agent;
    private final DesktopInstance instance;
    private final LivePreferences preferences;
    private final MainViewModel main;
    private final boolean agentWanted;

    /**
     * @param worker the thread all service calls run on (the vault session is confined to it)
     * @param ui     where their results are delivered: the JavaFX thread
     * @param clock  what the auto-lock measures idle time by
     * @param ssh    where the SSH agent listens and the user's .ssh folder is
     */
    public Wiring(Messages messages, Path dataDir, SettingsStore settings, Settings atStart, Services services,
                  ExecutorService worker, UiExecutor ui, FilePicker files, Clock clock, SshPlaces ssh) {
        this.sandbox = new Sandbox(services.credentials());
        this.messages = messages;
        this.build = BuildInfo.load();
        this.settings = settings;
        this.atStart = atStart;
        this.services = services;
        this.preferences = new LivePreferences(atStart.preferences());
        services.keepAsChosen(() -> preferences.get().keeping());
        FxClipboard systemClipboard = new FxClipboard();
        this.clipboard = new ClipboardGuard(systemClipboard, systemClipboard,
                () -> preferences.get().clipboardClearAfter());
        BackgroundRunner runner = new BackgroundRunner(worker, ui);
        KeyRowFormatter rows = new KeyRowFormatter(messages, RegionCatalog.bundled(), ZoneId.systemDefault());
        ActiveKeys activeKeys = new ActiveKeys(services.keys());
        KeyListViewModel keyList = new KeyListViewModel(activeKeys::keys, runner, messages, rows);
        TeamSwitcherViewModel teamSwitcher = new TeamSwitcherViewModel(services.teams(), activeKeys, runner, ui,
                messages, keyList::reload);
        StatusLine status = new StatusLine("");
        this.main = new MainViewModel(services.vault(), keyList, status, runner, messages,
                new AutoLock(clock, () -> preferences.get().autoLockAfter()), clipboard,
                new UnlockFollowUp(services.sync(), services.regions(), runner, messages, keyList, status),
                (damaged, password) -> services.backups().recover(damaged, services.automaticBackups().files(),
                        password));
        this.agentWanted = atStart.preferences().sshAgent();
        AgentStatus agentStatus = new AgentStatus();
        RecentRequests agentRequests = new RecentRequests(RECENT_AGENT_REQUESTS);
        Path home = ssh.home();
        AgentLoader agentLoader = new AgentLoader(services.vault(), ssh.agentSocket(), clock);
        this.agent = new DesktopAgent(ssh.agentSocket(), services, worker, new AgentFrontEnd(
                new AgentPromptDialog(messages, MainWindow::shown),
                new DesktopUnlock(main.unlockedProperty(), status, messages.get("main.status.agentWantsUnlock")),
                KnownHosts.ofUser(home), agentRequests.and(new AgentHistory(services.vault(), worker))), messages,
                agentStatus, agentLoader);
        main.personalKeysShownProperty().bind(teamSwitcher.personalChosenBinding());
        main.unlockedProperty().addListener((o, was, unlocked) -> {
            if (unlocked) {
                teamSwitcher.unlocked();
            } else {
                agent.vaultLocked();
                teamSwitcher.locked();
            }
        });
        CliEnvironment instanceCli = new CliEnvironment(messages, new TerminalSafePrintStream(
                OutputStream.nullOutputStream(), StandardCharsets.UTF_8), new TerminalSafePrintStream(
                OutputStream.nullOutputStream(), StandardCharsets.UTF_8), new SecretReader(Map.of(), null,
                InputStream.nullInputStream()), services.forCommands(), ssh.agentSocket(), ssh.sshAuthSock(),
                InstanceSocket.of(dataDir), build.version(),
                Path.of(""), VaultAccess.OWN);
        CommandConsentDialog consent = new CommandConsentDialog(messages, MainWindow::shown);
        this.instance = new DesktopInstance(services.vault(), worker, new HandedOverCommands(instanceCli,
                env -> consent), new DesktopUnlock(main.unlockedProperty(), status,
                messages.get("main.status.commandWantsUnlock")), () -> {
                    if (main.unlockedProperty().get()) {
                        keyList.reload();
                    }
                });
        KeyPairActions actions = new KeyPairActions(activeKeys::keys, services.keys(), services.sync(),
                services.rules(),
                services.regions(), runner, messages, keyList, status);
        KeyServersViewModel keyServers = new KeyServersViewModel(services.servers().inventory(), runner, messages,
                keyList.selectedProperty());
        KeyHistoryViewModel keyHistory = new KeyHistoryViewModel(services.history(), runner, ui, messages,
                ZoneId.systemDefault(), keyList.selectedProperty());
        Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
        this.views = new ViewLoader(messages, controllers);
        WindowDialogs.Dialogs dialogs = new WindowDialogs.Dialogs(
                new AboutDialog(messages, build.version(), dataDir, Wiring.class.getResource("icons/yaoshi-64.png")),
                new KeyCreateDialog(views, messages.bundle()),
                new KeyExportDialog(views, messages.bundle(), files),
                new KeyImportDialog(views, messages.bundle()), new KeyTagsDialog(views, messages.bundle()),
                new AccountsDialog(views, messages, services.credentials(), services.connections(), runner), new SyncDialog(views, messages),
                new PreferencesDialog(views, messages, settings.preferences(), preferences, runner),
                new PasswordCostDialog(views, messages, services.vault(), runner),
                new RecentRequestsDialog(agentRequests, messages),
                new UseWithSshDialog(messages, key -> new UseWithSshViewModel(key, new UseWithSsh(
                        UseWithSsh.defaultDir(home), home), services.agentPolicies(), new UseWithSshViewModel.Agent(
                        ssh.agentSocket(), !agentStatus.exportLineProperty().get().isEmpty()), runner, messages)),
                new AgentLoadDialog(messages, key -> new AgentLoadViewModel(key, agentLoader, ssh.sshAuthSock(), runner,
                        messages)),
                new ServersDialog(messages, () -> new ServersViewModel(services.servers(),
                        new ServersViewModel.SshTarget(new ServersSshConfig(UseWithSsh.defaultDir(home), home),
                                ssh.agentSocket(), home.resolve(".ssh").resolve("config")),
                        services.regions().current(), runner, messages, ZoneId.systemDefault(), keyList.allKeys()),
                        keyServers::refresh),
                new WindowDialogs.Rotations(new RotationDialog(messages), key -> new RotationViewModel(
                        services.servers().rotation(), key, KeyRotation.LoginSetup.of(ssh.agentSocket(), home), runner,
                        ui, messages)),
                new HistoryDialog(messages, () -> new HistoryViewModel(services.history(),
                        services.automaticBackups(), runner, messages, clock, ZoneId.systemDefault())),
                new TeamsDialog(messages, () -> new TeamsViewModel(services.teams(), services.identities(), runner,
                        messages, teamSwitcher::unlocked)),
                new BackupViewModel(services.backups(), runner, messages, clock),
                files);
        controllers.put(MainController.class, () -> new MainController(main,
                new WindowDialogs(dialogs, actions, status, messages.bundle()),
                new SandboxSwitch(sandbox, runner, messages, status),
                () -> views.loadWithController(KeyListController.class), agentStatus));
        controllers.put(VaultUnlockController.class, () -> new VaultUnlockController(main.unlockViewModel()));
        controllers.put(KeyListController.class, () -> new KeyListController(keyList, teamSwitcher,
                settings.keyColumns(),
                owner -> BackupPasswordDialog.ask(owner, messages)));
        controllers.put(KeyDetailsController.class, () -> new KeyDetailsController(
                new KeyDetailsViewModel(keyList.selectedProperty(), messages, main.copyPublicKeyCommand()),
                new AgentPolicyViewModel(services.agentPolicies(), runner, messages, keyList.selectedProperty(),
                        new KeepRunningQuestion(settings.preferences(), preferences, runner, messages,
                                MainWindow::shown)::askOnce), keyServers, keyHistory));
    }

    public Messages messages() {
        return messages;
    }

    public BuildInfo build() {
        return build;
    }

    public SettingsStore settings() {
        return settings;
    }

    /** The settings as they were when the app started (the window's geometry, the preferences). */
    public Settings settingsAtStart() {
        return atStart;
    }

    public Services services() {
        return services;
    }

    public ViewLoader views() {
        return views;
    }

    /** Takes back what the app put on the clipboard, if it is still there: at exit. */
    public void clearClipboard() {
        clipboard.clear();
    }

    /** The SSH agent, when the preference wants it: after the window is shown, so a prompt has an owner. */
    public void startAgent() {
        if (agentWanted) {
            agent.start();
        }
    }

    /**
     * Whether closing the window leaves the app running: the user chose so, the agent serves, and the window is
     * not closing because of File > Quit.
     */
    public boolean keepsRunningInBackground() {
        return !main.quitRequested() && preferences.get().keepsRunning() && agent.running();
    }

    /** Later launches hand over to this one through {@code socket}: as early as the services exist. */
    public void startInstance(Path socket) {
        instance.start(socket);
    }

    /** No more hand-overs: at exit. */
    public void stopInstance() {
        instance.stop();
    }

    /** Stops the SSH agent and removes its socket: at exit. */
    public void stopAgent() {
        agent.stop();
    }

    /** The local sandbox cloud, stopped with the app. */
    public void stopSandbox() {
        sandbox.stop();
    }
}
