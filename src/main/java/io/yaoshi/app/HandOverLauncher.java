package io.yaoshi.app;

import io.yaoshi.cli.TerminalSecretInput;
import io.yaoshi.instance.HandOver;
import io.yaoshi.instance.InstanceClient;
import io.yaoshi.instance.InstanceSocket;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A launch's first step: if Yaoshi already runs over this data folder, hand over to it — the window brought forward,
 * or the command line run there with its output here — instead of opening the vault a second time. Nothing of
 * JavaFX is loaded on this path.
 */
final class HandOverLauncher {

    /** Commands that never need the running instance: they make a vault, run a server, or print a version. */
    private static final Set<String> RUN_HERE = Set.of("init", "emulator", "version");
    /** What a handed-over command may read from the caller's environment. */
    private static final List<String> VARIABLES = List.of("YAOSHI_PASSWORD", "YAOSHI_SECRET", "SSH_AUTH_SOCK");

    private final LaunchOptions options;
    private final Path dataDir;
    private final Locale locale;

    HandOverLauncher(LaunchOptions options, Path dataDir, Locale locale) {
        this.options = options;
        this.dataDir = dataDir;
        this.locale = locale;
    }

    /** The exit code of the command run by the running instance; empty when there is none (run it here). */
    Optional<Integer> runCommand() {
        List<String> command = options.command();
        if (command.isEmpty() || RUN_HERE.contains(command.get(0))) {
            return Optional.empty();
        }
        Optional<InstanceClient> instance = InstanceClient.connect(InstanceSocket.of(dataDir));
        if (instance.isEmpty()) {
            return Optional.empty();
        }
        try (InstanceClient client = instance.get()) {
            return client.run(request(command), new TerminalSecretInput(System.console(), System.in), System.out,
                    System.err);
        } catch (IOException e) {
            System.err.println("error: Instance: " + e.getMessage());
            return Optional.of(io.yaoshi.cli.ExitCode.INTERNAL);
        }
    }

    /** How the running instance took "show your window"; empty when none runs. */
    Optional<InstanceClient.Shown> showWindow() {
        Optional<InstanceClient> instance = InstanceClient.connect(InstanceSocket.of(dataDir));
        if (instance.isEmpty()) {
            return Optional.empty();
        }
        try (InstanceClient client = instance.get()) {
            return Optional.of(client.show(request(List.of())));
        } catch (IOException e) {
            return Optional.empty(); // it went away meanwhile: start as usual
        }
    }

    private HandOver request(List<String> command) {
        Map<String, String> environment = new HashMap<>();
        if (!command.isEmpty()) { // "show your window" needs none of them, and some are secrets
            Map<String, String> all = Utf8Environment.current();
            for (String name : VARIABLES) {
                Optional.ofNullable(all.get(name)).ifPresent(value -> environment.put(name, value));
            }
        }
        return new HandOver(command, environment, Path.of("").toAbsolutePath().toString(), locale.toLanguageTag(),
                streamCharset("sun.stdout.encoding").name(), streamCharset("sun.stderr.encoding").name(),
                System.console() != null, Services.vaultFile(options, dataDir).toAbsolutePath().toString());
    }

    /** The charset the JVM gave System.out or System.err, so that escaping encodes the same. */
    static Charset streamCharset(String property) {
        String name = System.getProperty(property);
        return name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
    }
}
