package io.yaoshi.cli;

import io.yaoshi.i18n.Messages;
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
 * where Yaoshi's agent listens; {@code sshAuthSock} the agent the shell names, which {@code agent add} loads into.
 */
public record CliEnvironment(Messages messages, TerminalSafePrintStream out, TerminalSafePrintStream err,
                             SecretReader secrets,
                             VaultSession vault, KeyPairService keys, CredentialService credentials, SyncService sync,
                             AgentPolicies agentPolicies, Path agentSocket, Optional<Path> sshAuthSock,
                             String version) {
}
