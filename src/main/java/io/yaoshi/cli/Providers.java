package io.yaoshi.cli;

import io.yaoshi.domain.ProviderId;

/** Reads a {@code --provider} value, with the user's-language error for a misspelling. */
final class Providers {

    private Providers() {
    }

    static ProviderId parse(String value, CliEnvironment env) throws CliFailure {
        return ProviderId.fromId(value).orElseThrow(() -> new CliFailure(ExitCode.USAGE, "usage",
                env.messages().format("cli.error.unknownProvider", value)));
    }
}
