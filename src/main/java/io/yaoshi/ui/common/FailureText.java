package io.yaoshi.ui.common;

import io.yaoshi.i18n.Messages;
import io.yaoshi.i18n.ProviderTexts;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.service.FileAccessException;
import io.yaoshi.service.KeyFileException;
import io.yaoshi.service.KeyPairNotFoundException;
import io.yaoshi.service.ValidationException;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.validation.ValidationError;
import java.io.IOException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed service call says to the user, in their language: each broken rule with the provider's code, the
 * vault's or the key file's problem, or, for anything unexpected, one sentence pointing to the log (which gets the
 * stack trace). Never a raw exception message.
 */
public final class FailureText {

    private static final Logger LOG = LoggerFactory.getLogger(FailureText.class);

    private final Messages text;

    public FailureText(Messages text) {
        this.text = text;
    }

    public String describe(Exception failure) {
        if (failure instanceof ValidationException v) {
            return v.validation().errors().stream().map(this::rule).collect(Collectors.joining("\n"));
        }
        if (failure instanceof VaultAccessException v) {
            return text.get("vault.problem." + v.problem().name());
        }
        if (failure instanceof FileAccessException f) {
            return text.format("file.problem." + f.problem().name(), f.path());
        }
        if (failure instanceof KeyFileException k) {
            return text.get("keyfile.problem." + k.problem().name());
        }
        if (failure instanceof ProviderException p) {
            return ProviderTexts.describe(text, p);
        }
        if (failure instanceof KeyPairNotFoundException n) {
            return text.format("cli.error.notFound", n.reference());
        }
        if (failure instanceof IOException io) {
            LOG.warn("File operation failed: {}", io.toString());
            return text.format("error.io", io.getClass().getSimpleName());
        }
        LOG.error("Unexpected failure", failure);
        return text.format("error.unexpected", failure.getClass().getSimpleName());
    }

    /** One broken rule in the user's words, followed by the provider's code. */
    public String rule(ValidationError error) {
        return text.format("validation.withCode", text.format(error.messageKey(), error.args().toArray()),
                error.code());
    }
}
