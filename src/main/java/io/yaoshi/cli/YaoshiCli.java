package io.yaoshi.cli;

import io.yaoshi.i18n.Messages;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The command-line interface, run by the same jar when it is given a command. It shares the service layer with the
 * desktop app and adds nothing but parsing and printing.
 */
public final class YaoshiCli {

    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    public YaoshiCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs {@code command} (the first element is the command name) in the given language.
     *
     * @return the process exit code
     */
    public int run(List<String> command, Locale locale, String version) {
        Messages messages = Messages.forLocale(locale);
        String name = command.get(0);
        switch (name) {
            case "version", "--version" -> {
                out.println(messages.format("cli.version", version));
                return EXIT_OK;
            }
            case "help", "--help", "-h" -> {
                out.println(messages.get("cli.usage"));
                return EXIT_OK;
            }
            default -> {
                err.println(messages.format("cli.error.unknownCommand", name));
                return EXIT_USAGE;
            }
        }
    }
}
