package io.yaoshi.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Yaoshi keeps its vault, settings and logs, by each platform's convention:
 * Linux {@code $XDG_DATA_HOME/yaoshi} (else {@code ~/.local/share/yaoshi}), Windows {@code %APPDATA%\Yaoshi},
 * macOS {@code ~/Library/Application Support/Yaoshi}.
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    /** The conventional directory for the running JVM's platform. */
    public static Path forCurrentPlatform() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Yaoshi");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Yaoshi");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored
        if (isSet(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("yaoshi");
        }
        return home.resolve(".local").resolve("share").resolve("yaoshi");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
