package io.yaoshi.cli;

import io.yaoshi.i18n.Messages;
import io.yaoshi.service.CredentialService;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.SyncService;
import io.yaoshi.service.VaultSession;
import java.io.PrintStream;

/** What every command works with; built once by the application's wiring (or by a test). */
public record CliEnvironment(Messages messages, PrintStream out, PrintStream err, SecretReader secrets,
                             VaultSession vault, KeyPairService keys, CredentialService credentials, SyncService sync,
                             String version) {
}
