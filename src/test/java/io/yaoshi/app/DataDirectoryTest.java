package io.yaoshi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/li");

    @Test
    void linuxUsesXdgDataHome() {
        assertEquals(Path.of("/data/xdg/yaoshi"),
                DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), HOME));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetEmptyOrRelative() {
        Path expected = Path.of("/home/li/.local/share/yaoshi");
        assertEquals(expected, DataDirectory.resolve("Linux", Map.of(), HOME));
        assertEquals(expected, DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", ""), HOME));
        assertEquals(expected, DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "rel/dir"), HOME));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/li/AppData/Roaming/Yaoshi"),
                DataDirectory.resolve("Windows 11", Map.of("APPDATA", "C:/Users/li/AppData/Roaming"), HOME));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/li/Library/Application Support/Yaoshi"),
                DataDirectory.resolve("Mac OS X", Map.of(), HOME));
    }
}
