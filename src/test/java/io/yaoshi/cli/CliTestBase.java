package io.yaoshi.cli;

import io.yaoshi.backup.AutomaticBackups;
import io.yaoshi.backup.Backups;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.history.History;
import io.yaoshi.i18n.Messages;
import io.yaoshi.provider.CloudProviders;
import io.yaoshi.servers.ServerBinding;
import io.yaoshi.servers.Servers;
import io.yaoshi.service.AgentPolicies;
import io.yaoshi.service.CredentialService;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.SyncService;
import io.yaoshi.service.VaultSession;
import io.yaoshi.team.Identities;
import io.yaoshi.team.Teams;
import io.yaoshi.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs commands as the command line does, over a vault in a temporary folder, with the services wired as the
 * application wires them; what they printed is in {@link #out} and {@link #err}.
 */
abstract class CliTestBase {

    @TempDir
    Path dir;

    final Map<String, String> environment = new HashMap<>(Map.of("YAOSHI_PASSWORD",
            new String(Fixtures.PASSWORD)));
    String stdin = "";
    Optional<Path> sshAuthSock = Optional.empty();
    /** The clouds the commands reach: none unless a test points them at the emulator. */
    io.yaoshi.provider.CloudProviders clouds = provider -> {
        throw new io.yaoshi.provider.ProviderException(provider, io.yaoshi.provider.ProviderFailure.UNAUTHORIZED,
                "NoCredentials", "", "none", null);
    };
    Locale locale = Locale.ENGLISH;
    String out;
    String err;

    /** Whose vault the next command opens: tests of teams switch between several. */
    String vaultFileName = "vault.db";

    Path vaultFile() {
        return dir.resolve(vaultFileName);
    }

    int run(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        VaultSession vault = new VaultSession(vaultFile(), Fixtures.cheapVault());
        CliEnvironment env = new CliEnvironment(Messages.forLocale(locale),
                new TerminalSafePrintStream(outBytes, StandardCharsets.UTF_8),
                new TerminalSafePrintStream(errBytes, StandardCharsets.UTF_8),
                new SecretReader(environment, null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))),
                commandServices(vault, clouds), dir.resolve("agent").resolve("agent.sock"), sshAuthSock, dir.resolve("run").resolve("instance.sock"), "1.2.3", Path.of(""), VaultAccess.OWN);
        int exit = new YaoshiCli(env).run(List.of(args));
        vault.close();
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return exit;
    }

    /** The services as the application wires them, over these clouds, with fast server polling. */
    static CommandServices commandServices(VaultSession vault, CloudProviders clouds) {
        Clock clock = Clock.systemUTC();
        History history = new History(vault, clock);
        vault.recordEventsWith(history);
        Backups backups = new Backups(vault, history, Fixtures.cheapVault(), clock);
        AutomaticBackups automatic = new AutomaticBackups(backups, vault.file().resolveSibling("backups"), clock);
        history.afterEachChange(automatic::afterChange);
        KeyPairService keys = Fixtures.keyService(vault, clouds);
        SyncService sync = new SyncService(vault, clouds);
        AgentPolicies policies = new AgentPolicies(vault);
        Identities identities = new Identities(vault, new SecureRandom());
        return new CommandServices(vault, keys, new CredentialService(vault), sync, Servers.over(vault, clouds, keys,
                sync, policies, new ServerBinding(clouds, history, Duration.ofMillis(5), Duration.ofSeconds(5))),
                policies, history, backups, automatic, identities, new Teams(vault, identities, new SecureRandom()));
    }

    List<KeyPairRecord> seed(KeyPairRecord... records) throws Exception {
        try (VaultSession vault = new VaultSession(vaultFile(), Fixtures.cheapVault())) {
            if (!vault.exists()) {
                vault.create(Fixtures.password());
            } else {
                vault.unlock(Fixtures.password());
            }
            vault.save(List.of(records), Map.of());
        }
        return List.of(records);
    }

}
