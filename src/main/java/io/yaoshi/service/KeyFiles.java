package io.yaoshi.service;

import io.yaoshi.domain.KeyFileProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads a key file the user named, for every front end. Only a regular file is opened (a FIFO would block for ever,
 * {@code /dev/zero} would fill the memory), and at most {@link #MAX_BYTES} of it: the largest real key file, an
 * RSA-16384 PEM, is about 13 KiB.
 */
public final class KeyFiles {

    public static final int MAX_BYTES = 1024 * 1024;

    private KeyFiles() {
    }

    /**
     * The file's bytes, which the caller wipes. A folder, device or pipe and a file over the limit are
     * {@link KeyFileException}s; a missing or unreadable file a {@link FileAccessException}.
     */
    public static byte[] read(Path file) throws FileAccessException, KeyFileException {
        byte[] content;
        try {
            if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
                throw new KeyFileException(KeyFileProblem.NOT_A_FILE, null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes(MAX_BYTES + 1); // the size may change between the check and the read
            }
        } catch (IOException e) {
            throw FileAccessException.of(file, e);
        }
        if (content.length > MAX_BYTES) {
            Arrays.fill(content, (byte) 0);
            throw new KeyFileException(KeyFileProblem.FILE_TOO_LARGE, null);
        }
        return content;
    }
}
