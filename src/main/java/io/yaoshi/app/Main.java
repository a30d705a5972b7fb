package io.yaoshi.app;

import io.yaoshi.cli.YaoshiCli;
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
            System.exit(YaoshiCli.EXIT_USAGE);
            return;
        }
        if (options.hasCommand()) {
            int exit = new YaoshiCli(System.out, System.err)
                    .run(options.command(), options.uiLocale(), BuildInfo.load().version());
            System.exit(exit);
        } else {
            Application.launch(YaoshiApp.class, args);
        }
    }
}
