package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.yaoshi.domain.KeyFileProblem;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        assertThrows(NoSuchFileException.class, () -> KeyFiles.read(dir.resolve("missing")));
    }

    private static KeyFileProblem refusal(Path file) {
        return assertTimeoutPreemptively(AT_ONCE, () -> assertThrows(KeyFileException.class,
                () -> KeyFiles.read(file))).problem();
    }
}
