package io.yaoshi.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * Writes the user's files so that nothing is half-written and nothing is readable by others: content goes to a
 * temporary file beside the target, created owner-only (0600 on POSIX) from its first byte, forced to disk, then
 * renamed over the target in one atomic step.
 */
public final class SafeFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private SafeFiles() {
    }

    /** Whether to replace an existing target. */
    public enum Overwrite { ALLOW, REFUSE }

    /**
     * Writes {@code content} to {@code target} atomically and owner-only.
     *
     * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is {@link Overwrite#REFUSE}
     */
    public static void writeAtomically(Path target, byte[] content, Overwrite overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (overwrite == Overwrite.REFUSE && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp", ownerOnly(OWNER_FILE));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (overwrite == Overwrite.REFUSE) {
                // a link cannot replace an existing name, so a file that appeared meanwhile is never clobbered
                linkOrMove(temp, absolute);
            } else {
                moveOver(temp, absolute);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Creates {@code dir} and any missing parents; the directory itself is made owner-only. */
    public static Path createOwnerOnlyDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (POSIX) {
            Files.setPosixFilePermissions(dir, OWNER_DIR);
        }
        return dir;
    }

    /** Restricts an existing regular file to its owner; does nothing where POSIX permissions do not exist. */
    public static void restrictToOwner(Path file) throws IOException {
        if (POSIX && Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, OWNER_FILE);
        }
    }

    private static void linkOrMove(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            Files.delete(temp);
        } catch (UnsupportedOperationException e) {
            Files.move(temp, target); // no hard links here: a plain move, which still refuses an existing target
        }
    }

    private static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return POSIX ? List.of(PosixFilePermissions.asFileAttribute(permissions)).toArray(FileAttribute<?>[]::new)
                : new FileAttribute<?>[0];
    }
}
