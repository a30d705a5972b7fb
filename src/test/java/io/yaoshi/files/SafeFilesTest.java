package io.yaoshi.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesOwnerOnlyAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = dir.resolve("id_ed25519");
        SafeFiles.writeAtomically(target, bytes("secret"), SafeFiles.Overwrite.REFUSE);

        assertArrayEquals(bytes("secret"), Files.readAllBytes(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void refusesToOverwriteAndKeepsTheOldContent() throws IOException {
        Path target = dir.resolve("key.pem");
        Files.writeString(target, "old");

        assertThrows(FileAlreadyExistsException.class,
                () -> SafeFiles.writeAtomically(target, bytes("new"), SafeFiles.Overwrite.REFUSE));
        assertEquals("old", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void replacesWhenAllowedAndTightensPermissions() throws IOException {
        Path target = dir.resolve("settings.json");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));

        SafeFiles.writeAtomically(target, bytes("new"), SafeFiles.Overwrite.ALLOW);

        assertEquals("new", Files.readString(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void createsOwnerOnlyDirectories() throws IOException {
        Path nested = SafeFiles.createOwnerOnlyDirectories(dir.resolve("a/b"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(nested)));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anExistingFolderKeepsItsModeAndStickyBitWhileNewOnesInsideAreOwnerOnly() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        assertEquals(0, new ProcessBuilder("chmod", "1777", shared.toString()).start().waitFor());

        SafeFiles.createOwnerOnlyDirectories(shared);
        Path nested = SafeFiles.createOwnerOnlyDirectories(shared.resolve("a/b"));

        assertEquals("1777", mode(shared));
        assertEquals("700", mode(shared.resolve("a")));
        assertEquals("700", mode(nested));
        assertTrue(SafeFiles.isOpenToOthers(shared));
        assertFalse(SafeFiles.isOpenToOthers(nested));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThrows(FileAlreadyExistsException.class, () -> SafeFiles.createOwnerOnlyDirectories(file));
        assertThrows(java.nio.file.FileSystemException.class,
                () -> SafeFiles.createOwnerOnlyDirectories(file.resolve("below")));
    }

    @Test
    void aPartialFileACrashLeftIsRemovedAtTheNextWriteIntoItsFolder() throws IOException {
        Path stale = Files.writeString(dir.resolve(".id_ed25519.8812345.yaoshi-partial"), "-----BEGIN PRIVATE KEY");
        Path olderVersion = Files.writeString(dir.resolve(".id_rsa.99.tmp"), "-----BEGIN PRIVATE KEY");
        Path inProgress = Files.writeString(dir.resolve(".other.77.yaoshi-partial"), "being written now");
        Path notOurs = Files.writeString(dir.resolve(".cache.tmp"), "someone else's");
        for (Path old : List.of(stale, olderVersion, notOurs)) {
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(
                    java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        }

        SafeFiles.writeAtomically(dir.resolve("id_ed25519"), "new".getBytes(StandardCharsets.UTF_8),
                SafeFiles.Overwrite.REFUSE);

        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(olderVersion));
        assertTrue(Files.exists(inProgress), "another Yaoshi may be writing it");
        assertTrue(Files.exists(notOurs));
    }

    private static String mode(Path path) throws Exception {
        Process stat = new ProcessBuilder("stat", "-c", "%a", path.toString()).start();
        String mode = new String(stat.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(0, stat.waitFor());
        return mode.strip();
    }
}
