package io.yaoshi.app;

import io.yaoshi.backup.AutomaticBackups;
import io.yaoshi.backup.Backups;
import io.yaoshi.cli.CommandServices;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.history.History;
import io.yaoshi.servers.ServerBinding;
import io.yaoshi.servers.Servers;
import io.yaoshi.service.AgentPolicies;
import io.yaoshi.service.ConnectionTest;
import io.yaoshi.service.CredentialService;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.RegionLists;
import io.yaoshi.service.SyncService;
import io.yaoshi.service.VaultSession;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.team.Identities;
import io.yaoshi.team.Teams;
import io.yaoshi.ui.preferences.HistoryAndBackups;
import io.yaoshi.vault.VaultOptions;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Supplier;

/** The service layer, built once for the desktop app or the command line. */
public record Services(VaultSession vault, KeyPairService keys, CredentialService credentials, SyncService sync,
                       ConnectionTest connections, RegionLists regions, KeyPairRules rules,
                       AgentPolicies agentPolicies, Servers servers, History history, Backups backups,
                       AutomaticBackups automaticBackups, Identities identities, Teams teams) {

    static final String VAULT_FILE = "vault.db";
    /** The clouds' region lists, kept beside the vault (they are public, nothing secret). */
    static final String REGIONS_FILE = "regions.json";
    /** Where automatic backups go, beside the vault. */
    static final String BACKUPS_FOLDER = "backups";

    /** The services over the vault at {@code vaultFile}, with the production KDF policy. */
    public static Services create(Path vaultFile, VaultOptions vaultOptions) {
        KeyPairRules rules = KeyPairRules.withBundledRegions();
        VaultSession vault = new VaultSession(vaultFile, vaultOptions);
        Clock clock = Clock.systemUTC();
        History history = new History(vault, clock);
        vault.recordEventsWith(history);
        Backups backups = new Backups(vault, history, vaultOptions, clock);
        AutomaticBackups automaticBackups = new AutomaticBackups(backups, vaultFile.resolveSibling(BACKUPS_FOLDER),
                clock);
        history.afterEachChange(automaticBackups::afterChange);
        CredentialService credentials = new CredentialService(vault);
        SecureRandom random = new SecureRandom();
        CloudAdapters clouds = new CloudAdapters(credentials, random);
        KeyPairService keys = new KeyPairService(vault, rules, random, clock, clouds);
        SyncService sync = new SyncService(vault, clouds);
        Identities identities = new Identities(vault, random);
        AgentPolicies policies = new AgentPolicies(vault);
        return new Services(vault, keys, credentials, sync, new ConnectionTest(credentials, clouds),
                new RegionLists(RegionCatalog.bundled(), clouds, vaultFile.resolveSibling(REGIONS_FILE)), rules,
                policies, Servers.over(vault, clouds, keys, sync, policies, ServerBinding.standard(clouds, history)), history, backups,
                automaticBackups, identities, new Teams(vault, identities, random));
    }

    /** The history's retention and the automatic backups follow the preferences, read each time they apply. */
    public void keepAsChosen(Supplier<HistoryAndBackups> chosen) {
        history.retainAs(() -> chosen.get().retention());
        automaticBackups.follow(() -> chosen.get().backupPolicy());
    }

    /** What the command line's commands work with. */
    public CommandServices forCommands() {
        return new CommandServices(vault, keys, credentials, sync, servers, agentPolicies, history, backups,
                automaticBackups, identities, teams);
    }

    /** {@code --vault PATH} if given, else {@code vault.db} in the data directory. */
    static Path vaultFile(LaunchOptions options, Path dataDir) {
        return options.vault().orElseGet(() -> dataDir.resolve(VAULT_FILE));
    }
}
