package io.yaoshi.cli;

import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.instance.Consent;
import io.yaoshi.service.FileAccessException;
import io.yaoshi.service.FileProblem;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yaoshi export ID|NAME --out FILE [--format F] [--encrypt] [--force]}: the only way a private key leaves the
 * vault. The file is written atomically and owner-only; an existing file is kept unless {@code --force}.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends VaultCommand {

    @Parameters(paramLabel = "ID|NAME", descriptionKey = "cli.param.idOrName")
    private String reference;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.out")
    private Path out;

    /** Unset: the format ssh reads for the key's type. */
    @Option(names = "--format", paramLabel = "pkcs8|pkcs1|openssh|ppk|public|rfc4716",
            descriptionKey = "cli.option.format")
    private String format;

    @Option(names = "--encrypt", descriptionKey = "cli.option.encrypt")
    private boolean encrypt;

    @Option(names = "--force", descriptionKey = "cli.option.force")
    private boolean force;

    ExportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        try (KeyScope.Found found = KeyScope.find(env, reference)) {
            KeyPairRecord key = found.key();
            ExportFormat chosen = format == null ? ExportFormat.defaultFor(key.algorithm())
                    : ExportFormat.fromId(format).orElseThrow(() -> new CliFailure(ExitCode.USAGE, "usage",
                            env.messages().format("cli.error.unknownFormat", format)));
            if (!chosen.supports(key.algorithm())) {
                throw new CliFailure(ExitCode.VALIDATION, "Format.Unsupported",
                        env.messages().format("cli.error.formatUnsupported", chosen.id(), key.algorithm().id()));
            }
            if (encrypt && !chosen.encryptable()) {
                throw new CliFailure(ExitCode.USAGE, "usage",
                        env.messages().format("cli.error.notEncryptable", chosen.id()));
            }
            if (chosen.containsPrivateKey()) {
                env.vaultAccess().requireConsent(env, Consent.Act.of("cli.consent.export", key.name(),
                        env.path(out).toAbsolutePath().toString()));
            }
            char[] passphrase = encrypt ? Secrets.passphrase(env).orElseThrow(() -> new CliFailure(ExitCode.USAGE,
                    "PassphraseRequired", env.messages().get("cli.error.passphraseRequired"))) : null;
            if (passphrase != null && passphrase.length == 0) {
                // an empty passphrase protects nothing: the user asked for protection, so nothing is written
                throw new CliFailure(ExitCode.VALIDATION, "Passphrase.Empty", env.messages().get("cli.error.passphraseEmpty"));
            }
            try {
                found.keys().exportToFile(key.id(), chosen, passphrase, env.path(out), force);
            } catch (FileAccessException e) {
                if (e.problem() == FileProblem.ALREADY_EXISTS) {
                    throw new CliFailure(ExitCode.VALIDATION, e.problem().code(),
                            env.messages().format("cli.error.fileExists", out));
                }
                throw e;
            } finally {
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
            }
            env.out().println(env.messages().format("cli.export.done", key.name(), env.path(out).toAbsolutePath()));
            if (chosen.containsPrivateKey() && !encrypt) {
                env.err().println(env.messages().get("cli.export.unencryptedWarning"));
            }
            return ExitCode.OK;
        }
    }
}
