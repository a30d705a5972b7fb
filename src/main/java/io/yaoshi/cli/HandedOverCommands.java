package io.yaoshi.cli;

import io.yaoshi.i18n.Messages;
import io.yaoshi.instance.HandOver;
import io.yaoshi.instance.RemoteTerminal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Command lines another launch handed to this running instance: run on this instance's services and open vault,
 * speaking the caller's language to the caller's terminal, with the caller's variables and folder, so that they
 * print and exit exactly as they would have there.
 */
public final class HandedOverCommands {

    private final CliEnvironment instance;
    private final VaultAccess access;

    /**
     * @param instance this instance's services (its streams and secrets are not used)
     * @param access   how a command gets this instance's vault unlocked
     */
    public HandedOverCommands(CliEnvironment instance, VaultAccess access) {
        this.instance = instance;
        this.access = access;
    }

    /** Runs the request's command line; its exit code. */
    public int run(HandOver request, RemoteTerminal terminal) {
        CliEnvironment env = new CliEnvironment(Messages.forLocale(Locale.forLanguageTag(request.locale())),
                new TerminalSafePrintStream(terminal.out(), charset(request.outCharset())),
                new TerminalSafePrintStream(terminal.err(), charset(request.errCharset())),
                new SecretReader(request.environment(), terminal), instance.vault(), instance.keys(),
                instance.credentials(), instance.sync(), instance.agentPolicies(), instance.agentSocket(),
                Optional.ofNullable(request.environment().get("SSH_AUTH_SOCK")).filter(s -> !s.isEmpty())
                        .map(Path::of),
                instance.instanceSocket(), instance.version(), Path.of(request.workingDir()), access);
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
