package io.yaoshi.app;

import io.yaoshi.agent.AgentSocket;
import io.yaoshi.cli.CliEnvironment;
import io.yaoshi.cli.ExitCode;
import io.yaoshi.cli.SecretReader;
import io.yaoshi.cli.TerminalSafePrintStream;
import io.yaoshi.cli.VaultAccess;
import io.yaoshi.cli.YaoshiCli;
import io.yaoshi.i18n.Messages;
import io.yaoshi.instance.InstanceClient;
import io.yaoshi.instance.InstanceSocket;
import io.yaoshi.ui.preferences.Preferences;
import io.yaoshi.vault.VaultOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;

/**
 * Entry point of the jar and of the installed launcher. A plain class, not an {@link Application}: launching the
 * Application subclass directly from a class-path jar fails with "JavaFX runtime components are missing".
 * Without a command the desktop app opens; with one, the command-line interface runs.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (LaunchOptions.UsageException e) {
            System.err.println("error: usage: " + e.getMessage());
            System.exit(ExitCode.USAGE);
            return;
        }
        if (options.hasCommand()) {
            System.exit(runCommandLine(options));
        } else {
            handOverTheWindow(options);
            YaoshiApp.prepare(options);
            Application.launch(YaoshiApp.class, args);
        }
    }

    /** A second start: the running Yaoshi brings its window forward, and this process ends. */
    private static void handOverTheWindow(LaunchOptions options) {
        Path dataDir = options.dataDir().orElseGet(DataDirectory::forCurrentPlatform);
        Optional<InstanceClient.Shown> shown = new HandOverLauncher(options, dataDir, Locale.ROOT).showWindow();
        if (shown.isPresent() && shown.get() != InstanceClient.Shown.DECLINED) {
            if (shown.get() == InstanceClient.Shown.NO_WINDOW) {
                Locale locale = options.uiLocale(SettingsStore.in(dataDir).load().preferences().language().language());
                System.err.println("error: Instance.NoWindow: " + Messages.forLocale(locale)
                        .format("cli.instance.noWindow", dataDir.toAbsolutePath()));
                System.exit(ExitCode.VAULT);
            }
            System.exit(ExitCode.OK);
        }
    }

    private static int runCommandLine(LaunchOptions options) {
        Path dataDir = options.dataDir().orElseGet(DataDirectory::forCurrentPlatform);
        DataFolder folder;
        try {
            folder = DataFolder.prepare(dataDir);
        } catch (IOException e) {
            System.err.println("error: IO: " + dataDir + ": " + e.getMessage());
            return ExitCode.VAULT;
        }
        Preferences preferences = SettingsStore.in(dataDir).load().preferences();
        Locale locale = options.uiLocale(preferences.language().language());
        Optional<Integer> handedOver = new HandOverLauncher(options, dataDir, locale).runCommand();
        if (handedOver.isPresent()) {
            return handedOver.get();
        }
        Services services = Services.create(Services.vaultFile(options, dataDir), VaultOptions.defaults());
        services.keepAsChosen(preferences::keeping);
        CliEnvironment env = new CliEnvironment(Messages.forLocale(locale),
                new TerminalSafePrintStream(System.out, HandOverLauncher.streamCharset("sun.stdout.encoding")),
                new TerminalSafePrintStream(System.err, HandOverLauncher.streamCharset("sun.stderr.encoding")),
                new SecretReader(Utf8Environment.current(), System.console(), System.in), services.forCommands(),
                AgentSocket.defaultPath(System.getenv(), dataDir),
                Optional.ofNullable(System.getenv("SSH_AUTH_SOCK")).filter(s -> !s.isEmpty()).map(Path::of),
                InstanceSocket.of(dataDir), BuildInfo.load().version(), Path.of(""), VaultAccess.OWN);
        if (folder.openToOthers()) {
            env.err().println("warning: DataFolderOpen: " + env.messages().format("cli.warning.dataFolderOpen",
                    dataDir.toAbsolutePath()));
        }
        return new YaoshiCli(env).run(options.command());
    }
}
