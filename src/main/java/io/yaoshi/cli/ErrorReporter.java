package io.yaoshi.cli;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.Messages;
import io.yaoshi.i18n.ProviderTexts;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.service.FileAccessException;
import io.yaoshi.service.KeyFileException;
import io.yaoshi.service.KeyPairNotFoundException;
import io.yaoshi.service.ValidationException;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.validation.ValidationError;
import java.util.stream.Collectors;
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

    ErrorReporter(CliEnvironment env) {
        this.env = env;
        this.text = env.messages();
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
        if (e instanceof ValidationException v) {
            v.validation().errors().forEach(error -> line(error.code(), describe(error)));
            return ExitCode.VALIDATION;
        }
        if (e instanceof VaultAccessException v) {
            line(v.problem().name(), text.get("vault.problem." + v.problem().name()));
            return ExitCode.VAULT;
        }
        if (e instanceof FileAccessException f) {
            line(f.problem().code(), text.format("file.problem." + f.problem().name(), f.path()));
            return ExitCode.VALIDATION;
        }
        if (e instanceof KeyFileException k) {
            line(k.problem().name(), text.get("keyfile.problem." + k.problem().name()));
            return ExitCode.VALIDATION;
        }
        if (e instanceof ProviderException p) {
            line(p.code().isEmpty() ? p.failure().name() : p.code(), ProviderTexts.describe(text, p));
            return ExitCode.PROVIDER;
        }
        if (e instanceof KeyPairNotFoundException n) {
            if (n.candidates().isEmpty()) {
                line("KeyPair.NotFound", text.format("cli.error.notFound", n.reference()));
            } else {
                String ids = n.candidates().stream().map(ErrorReporter::idAndPlace).collect(Collectors.joining(", "));
                line("KeyPair.Ambiguous", text.format("cli.error.ambiguous", n.reference(), n.candidates().size(), ids));
            }
            return ExitCode.VALIDATION;
        }
        LOG.error("Unexpected failure of a command", e);
        line("Internal", text.format("cli.error.internal", e.getClass().getSimpleName()));
        return ExitCode.INTERNAL;
    }

    /** The user's text for one broken rule, with the tag row when it is about a tag. */
    String describe(ValidationError error) {
        String message = text.format(error.messageKey(), error.args().toArray());
        return error.index() < 0 ? message : text.format("cli.error.tagRow", error.index() + 1, message);
    }

    private static String idAndPlace(KeyPairRecord k) {
        String region = k.placement().region().isEmpty() ? "" : "/" + k.placement().region();
        return k.id() + " (" + k.provider().id() + region + ")";
    }

    private void line(String code, String message) {
        env.err().println("error: " + code + ": " + message);
    }
}
