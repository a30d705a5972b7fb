package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.yaoshi.domain.KeyFileProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the attacker's walk fed to import: a FIFO blocked it for ever, /dev/zero ran it out of memory. */
class KeyFilesTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

        assertEquals(KeyFileProblem.NOT_A_FILE, refusal(fifo));
    }

    @Test
    void aDeviceAndAFolderAreRefused() {
        assertEquals(KeyFileProblem.NOT_A_FILE, refusal(Path.of("/dev/zero")));
        assertEquals(KeyFileProblem.NOT_A_FILE, refusal(dir));
    }

    @Test
    void aFileOverOneMebibyteIsRefusedAndOneAtTheLimitIsRead() throws Exception {
        Path large = Files.write(dir.resolve("large"), new byte[KeyFiles.MAX_BYTES + 1]);
        assertEquals(KeyFileProblem.FILE_TOO_LARGE, refusal(large));

        Path atLimit = Files.write(dir.resolve("limit"), new byte[KeyFiles.MAX_BYTES]);
        assertEquals(KeyFiles.MAX_BYTES, KeyFiles.read(atLimit).length);
    }

    @Test
    void aLinkToAKeyFileIsFollowedAndAMissingFileSaysSo() throws Exception {
        Path key = Files.writeString(dir.resolve("id_ed25519.pub"), "ssh-ed25519 AAAA test");
        Path link = Files.createSymbolicLink(dir.resolve("link"), key);

        assertArrayEquals(Files.readAllBytes(key), KeyFiles.read(link));
        assertEquals(FileProblem.NOT_FOUND,
                assertThrows(FileAccessException.class, () -> KeyFiles.read(dir.resolve("missing"))).problem());
    }

    @Test
    void theOrdinaryFailuresAreToldApart() throws Exception {
        Path file = dir.resolve("key");
        assertEquals(FileProblem.ACCESS_DENIED, FileProblem.of(file, new java.nio.file.AccessDeniedException(
                file.toString())));
        assertEquals(FileProblem.DISK_FULL, FileProblem.of(file, new java.nio.file.FileSystemException(
                file.toString(), null, "No space left on device")));
        assertEquals(FileProblem.NO_SUCH_FOLDER, FileProblem.of(dir.resolve("a/key"),
                new java.nio.file.NoSuchFileException("a/key")));
        assertEquals(FileProblem.IS_A_FOLDER, FileProblem.of(dir, new java.io.IOException("whatever")));
        assertEquals(FileProblem.NAME_TOO_LONG, FileProblem.of(dir.resolve("密".repeat(86)),
                new java.io.IOException("whatever")), "86 Chinese characters are 258 bytes");
    }

    private static KeyFileProblem refusal(Path file) {
        return assertTimeoutPreemptively(AT_ONCE, () -> assertThrows(KeyFileException.class,
                () -> KeyFiles.read(file))).problem();
    }
}
