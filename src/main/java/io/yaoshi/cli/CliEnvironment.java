package io.yaoshi.cli;

import io.yaoshi.backup.Backups;
import io.yaoshi.history.History;
import io.yaoshi.i18n.Messages;
import io.yaoshi.servers.Servers;
import io.yaoshi.service.AgentPolicies;
import io.yaoshi.service.CredentialService;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.SyncService;
import io.yaoshi.service.VaultSession;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every command works with; built once by the application's wiring (or by a test). Output goes through
 * {@link TerminalSafePrintStream}s, so no command can print a terminal escape it did not mean. {@code agentSocket} is
 * where Yaoshi's agent listens; {@code sshAuthSock} the agent the shell names, which {@code agent add} loads into;
 * {@code instanceSocket} where a running instance hands over ({@code agent serve} listens there too);
 * {@code workingDir} the folder relative paths start from.
 */
public record CliEnvironment(Messages messages, TerminalSafePrintStream out, TerminalSafePrintStream err,
                             SecretReader secrets, CommandServices services, Path agentSocket,
                             Optional<Path> sshAuthSock, Path instanceSocket, String version, Path workingDir,
                             VaultAccess vaultAccess) {

    /** The same, with the vault opened another way. */
    public CliEnvironment withVaultAccess(VaultAccess other) {
        return new CliEnvironment(messages, out, err, secrets, services, agentSocket, sshAuthSock, instanceSocket,
                version, workingDir, other);
    }

    /** A path the user typed, relative to where they typed it (a handed-over command runs elsewhere). */
    public Path path(Path typed) {
        return workingDir.resolve(typed);
    }

    public VaultSession vault() {
        return services.vault();
    }

    public KeyPairService keys() {
        return services.keys();
    }

    public CredentialService credentials() {
        return services.credentials();
    }

    public SyncService sync() {
        return services.sync();
    }

    public Servers servers() {
        return services.servers();
    }

    public AgentPolicies agentPolicies() {
        return services.agentPolicies();
    }

    public History history() {
        return services.history();
    }

    public Backups backups() {
        return services.backups();
    }
}
