package io.yaoshi.cli;

import io.yaoshi.backup.BackupException;
import io.yaoshi.i18n.FailureTexts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.service.AgentLoadException;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.team.TeamException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns every failure into one line per problem on standard error, {@code error: CODE: message} in the user's
 * language, and the documented exit code. Stack traces go to the log only.
 */
final class ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final CliEnvironment env;
    private final Messages text;
    private final FailureTexts failures;

    ErrorReporter(CliEnvironment env) {
        this.env = env;
        this.text = env.messages();
        this.failures = new FailureTexts(text);
    }

    int usage(CommandLine.ParameterException e, String[] args) {
        line("usage", e.getMessage());
        env.err().println(text.format("cli.error.usageHint", e.getCommandLine().getCommandSpec().qualifiedName()));
        return ExitCode.USAGE;
    }

    int report(Exception e) {
        Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            line("Secret.NotUtf8", text.get("cli.error.secretNotUtf8"));
            return ExitCode.VALIDATION;
        }
        if (e instanceof CliFailure f) {
            line(f.code(), f.getMessage());
            return f.exitCode();
        }
        Optional<List<FailureTexts.Line>> lines = failures.describe(e);
        if (lines.isPresent()) {
            lines.get().forEach(line -> line(line.code(), line.message()));
            return exitCodeOf(e);
        }
        LOG.error("Unexpected failure of a command", e);
        line("Internal", text.format("cli.error.internal", e.getClass().getSimpleName()));
        return ExitCode.INTERNAL;
    }

    /** Vault and cloud failures have their own codes; everything else the user can act on is a validation. */
    private static int exitCodeOf(Exception e) {
        if (e instanceof TeamException t) {
            return switch (t.teamProblem()) {
                case UNREACHABLE, UNTRUSTED, AUTHENTICATION, REFUSED -> ExitCode.PROVIDER;
                case NEWER_SCHEMA, CONFLICT, TAMPERED -> ExitCode.VAULT;
                default -> ExitCode.VALIDATION;
            };
        }
        if (e instanceof VaultAccessException || e instanceof BackupException) {
            return ExitCode.VAULT;
        }
        if (e instanceof AgentLoadException) {
            return ExitCode.AGENT;
        }
        return e instanceof ProviderException ? ExitCode.PROVIDER : ExitCode.VALIDATION;
    }

    private void line(String code, String message) {
        env.err().println("error: " + code + ": " + message);
    }
}
