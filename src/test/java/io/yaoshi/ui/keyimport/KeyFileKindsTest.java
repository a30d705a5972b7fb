package io.yaoshi.ui.keyimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.FilePicker;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KeyFileKindsTest {

    private static boolean shownAsKeyFile(String fileName) {
        return KeyFileKinds.KEY_FILE_PATTERNS.stream().anyMatch(pattern -> FileSystems.getDefault()
                .getPathMatcher("glob:" + pattern).matches(Path.of(fileName)));
    }

    @Test
    void theNamesKeyFilesGoByAreShownAndOtherFilesAreNot() {
        for (String key : List.of("id_ed25519", "id_rsa.pub", "web.pem", "server.key", "putty.ppk", "deploy.pub")) {
            assertTrue(shownAsKeyFile(key), key);
        }
        for (String other : List.of("notes.txt", "photo.jpg", "known_hosts", "config")) {
            assertFalse(shownAsKeyFile(other), other);
        }
    }

    @Test
    void keyFilesComeFirstAndEveryFileStaysOneChoiceAway() {
        List<FilePicker.Kind> english = KeyFileKinds.of(Messages.forLocale(Locale.ENGLISH).bundle());
        assertEquals(KeyFileKinds.KEY_FILE_PATTERNS, english.get(0).patterns());
        assertEquals(new FilePicker.Kind("All files", List.of("*")), english.get(1));
        assertEquals("密钥文件（id_*、.pem、.key、.pub、.ppk）",
                KeyFileKinds.of(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).bundle()).get(0).description());
    }
}
