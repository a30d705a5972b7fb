package io.yaoshi.cli;

import io.yaoshi.i18n.Messages;
import io.yaoshi.instance.Consent;
import io.yaoshi.instance.HandOver;
import io.yaoshi.instance.RemoteTerminal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Command lines another launch handed to this running instance: run on this instance's services and open vault,
 * speaking the caller's language to the caller's terminal, with the caller's variables and folder, so that they
 * print and exit exactly as they would have there.
 */
public final class HandedOverCommands {

    private final CliEnvironment instance;
    private final Function<CliEnvironment, Consent> consent;

    /**
     * @param instance this instance's services (its streams and secrets are not used)
     * @param consent  who says yes to what takes a private key out or loosens the agent, for a command's environment
     */
    public HandedOverCommands(CliEnvironment instance, Function<CliEnvironment, Consent> consent) {
        this.instance = instance;
        this.consent = consent;
    }

    /** Runs the request's command line; its exit code. */
    public int run(HandOver request, RemoteTerminal terminal) {
        CliEnvironment caller = new CliEnvironment(Messages.forLocale(Locale.forLanguageTag(request.locale())),
                new TerminalSafePrintStream(terminal.out(), charset(request.outCharset())),
                new TerminalSafePrintStream(terminal.err(), charset(request.errCharset())),
                new SecretReader(request.environment(), terminal), instance.services(), instance.agentSocket(),
                Optional.ofNullable(request.environment().get("SSH_AUTH_SOCK")).filter(s -> !s.isEmpty())
                        .map(Path::of),
                instance.instanceSocket(), instance.version(), Path.of(request.workingDir()), VaultAccess.OWN);
        CliEnvironment env = caller.withVaultAccess(VaultAccess.held(consent.apply(caller)));
        try {
            return new YaoshiCli(env).run(request.command());
        } finally {
            env.out().flush();
            env.err().flush();
        }
    }

    private static Charset charset(String name) {
        return Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
    }
}
