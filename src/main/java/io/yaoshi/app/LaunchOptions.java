package io.yaoshi.app;

import io.yaoshi.i18n.SupportedLanguage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The global options shared by the desktop app and the command line ({@code --lang}, {@code --data-dir},
 * {@code --vault}), and whatever follows them: a command and its arguments, which select the command line.
 */
public record LaunchOptions(Optional<Locale> language, Optional<Path> dataDir, Optional<Path> vault,
                            List<String> command) {

    public LaunchOptions {
        command = List.copyOf(command);
    }

    /** Thrown for a malformed global option; the message names the option. */
    public static final class UsageException extends Exception {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private static boolean isLaunchOption(String arg) {
        return arg.equals("--lang") || arg.equals("--data-dir") || arg.equals("--vault")
                || arg.startsWith("--lang=") || arg.startsWith("--data-dir=") || arg.startsWith("--vault=");
    }

    public static LaunchOptions parse(String... args) throws UsageException {
        Optional<Locale> language = Optional.empty();
        Optional<Path> dataDir = Optional.empty();
        Optional<Path> vault = Optional.empty();
        int i = 0;
        while (i < args.length) {
            String option = args[i];
            String inlineValue = null;
            int eq = option.indexOf('=');
            if (option.startsWith("--") && eq > 0) {
                inlineValue = option.substring(eq + 1);
                option = option.substring(0, eq);
            }
            if (!isLaunchOption(option)) {
                break;
            }
            String value;
            if (inlineValue != null) {
                value = inlineValue;
                i += 1;
            } else if (i + 1 < args.length) {
                value = args[i + 1];
                i += 2;
            } else {
                throw new UsageException(option + " needs a value");
            }
            if (value.isBlank() || isLaunchOption(value)) {
                throw new UsageException(option + " needs a value");
            }
            switch (option) {
                case "--lang" -> language = Optional.of(SupportedLanguage.fromTag(value)
                        .orElseThrow(() -> new UsageException("--lang takes zh_CN or en, not " + value))
                        .locale());
                case "--data-dir" -> dataDir = Optional.of(Path.of(value));
                default -> vault = Optional.of(Path.of(value));
            }
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(i, args.length));
        return new LaunchOptions(language, dataDir, vault, rest);
    }

    /**
     * The UI language: {@code --lang} if given, else the one chosen in Preferences, else the operating system's if
     * supported, else English.
     */
    public Locale uiLocale(Optional<SupportedLanguage> preferred) {
        return language.or(() -> preferred.map(SupportedLanguage::locale))
                .orElseGet(() -> SupportedLanguage.forSystemLocale(Locale.getDefault()).locale());
    }

    public boolean hasCommand() {
        return !command.isEmpty();
    }
}
