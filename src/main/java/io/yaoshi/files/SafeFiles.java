package io.yaoshi.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
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
import java.util.ArrayDeque;
import java.util.Deque;
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
        writeAtomically(target, out -> out.write(content), overwrite);
    }

    /** What streams a file's content, for files too large to hold in memory at once. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes what {@code content} streams to {@code target} atomically and owner-only: a reader sees the old file or
     * the whole new one, never a part.
     *
     * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is {@link Overwrite#REFUSE}
     */
    public static void writeAtomically(Path target, Content content, Overwrite overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (overwrite == Overwrite.REFUSE && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        PartialFiles.removeStale(dir);
        Path temp = Files.createTempFile(dir, PartialFiles.prefixFor(absolute), PartialFiles.SUFFIX,
                ownerOnly(OWNER_FILE));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
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

    /**
     * Gives a finished file its final name in the same folder, never over an existing file (a file that appeared
     * meanwhile included).
     *
     * @throws FileAlreadyExistsException if {@code target} exists
     */
    public static void moveIntoPlace(Path finished, Path target) throws IOException {
        linkOrMove(finished, target);
    }

    /**
     * Creates {@code dir} and any missing parents, each new folder owner-only. A folder that exists keeps its mode:
     * it may be shared on purpose ({@code /tmp} with its sticky bit, a team folder), and is not ours to change.
     */
    public static Path createOwnerOnlyDirectories(Path dir) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path folder = dir.toAbsolutePath(); folder != null && !Files.exists(folder); folder = folder.getParent()) {
            missing.push(folder);
        }
        for (Path folder : missing) {
            try {
                Files.createDirectory(folder, ownerOnly(OWNER_DIR));
                if (POSIX) {
                    Files.setPosixFilePermissions(folder, OWNER_DIR); // the umask may have taken some of it
                }
            } catch (FileAlreadyExistsException e) {
                // made meanwhile by someone else: then it is not ours either
            }
        }
        if (!Files.isDirectory(dir)) {
            throw new FileAlreadyExistsException(dir.toString(), null, "not a folder");
        }
        return dir;
    }

    /** Removes what a crash between write and rename left in {@code dir} (see {@link PartialFiles}). */
    public static void removeStalePartialFiles(Path dir) throws IOException {
        PartialFiles.removeStale(dir);
    }

    /** Whether users other than the owner may read, write or enter {@code dir}; false where POSIX modes do not exist. */
    public static boolean isOpenToOthers(Path dir) throws IOException {
        if (!POSIX) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
        permissions.removeAll(OWNER_DIR);
        return !permissions.isEmpty();
    }

    /** Opens {@code file} for appending, creating it owner-only; an existing file is restricted to its owner first. */
    public static OutputStream openOwnerOnlyForAppend(Path file) throws IOException {
        restrictToOwner(file);
        return Channels.newOutputStream(Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND), ownerOnly(OWNER_FILE)));
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
