package io.yaoshi.ui.common;

import io.yaoshi.i18n.FailureTexts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.ValidationException;
import io.yaoshi.service.validation.ValidationError;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
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
    private final FailureTexts failures;

    public FailureText(Messages text) {
        this.text = text;
        this.failures = new FailureTexts(text);
    }

    public String describe(Exception failure) {
        if (failure instanceof ValidationException v) {
            return v.validation().errors().stream().map(this::rule).collect(Collectors.joining("\n"));
        }
        Optional<List<FailureTexts.Line>> lines = failures.describe(failure);
        if (lines.isPresent()) {
            return lines.get().stream().map(FailureTexts.Line::message).collect(Collectors.joining("\n"));
        }
        if (failure instanceof IOException io) {
            LOG.warn("File operation failed: {}", io.toString());
            return text.format("error.io", io.getClass().getSimpleName());
        }
        LOG.error("Unexpected failure", failure);
        return text.format("error.unexpected", failure.getClass().getSimpleName());
    }

    /** One broken rule in the user's words, followed by the provider's code; the form shows it beside its field. */
    public String rule(ValidationError error) {
        return text.format("validation.withCode", failures.message(error), error.code());
    }
}
