package io.yaoshi.vault;

import io.yaoshi.domain.VaultProblem;
import io.yaoshi.files.SafeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.SQLException;
import java.util.Arrays;

/** The vault file on disk: checks before SQLite touches it, owner-only creation, and the backup copy. */
final class VaultFiles {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private VaultFiles() {
    }

    /** The rolling backup written before a migration or a password change: {@code <vault>.bak}. */
    static Path backupOf(Path vaultFile) {
        return vaultFile.resolveSibling(vaultFile.getFileName() + ".bak");
    }

    /** Refuses a missing, foreign or read-only file before SQLite could create a WAL beside it. */
    static void checkExistingVault(Path file) throws VaultException {
        if (!Files.isRegularFile(file)) {
            throw new VaultException(VaultProblem.IO, "no vault file at the given path");
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (!Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC)) {
                throw new VaultException(VaultProblem.NOT_A_VAULT, "not a SQLite database");
            }
        } catch (IOException e) {
            throw new VaultException(VaultProblem.IO, "cannot read the vault file", e);
        }
        if (!isWritable(file)) {
            throw new VaultException(VaultProblem.READ_ONLY, "the vault file is read-only");
        }
    }

    /** Creates an empty owner-only file for SQLite to fill; its WAL and journal inherit the permissions. */
    static void createEmpty(Path file) throws VaultException {
        try {
            SafeFiles.writeAtomically(file, new byte[0], SafeFiles.Overwrite.REFUSE);
        } catch (FileAlreadyExistsException e) {
            throw new VaultException(VaultProblem.IO, "a file already exists at the given path", e);
        } catch (IOException e) {
            throw new VaultException(Files.isWritable(file.toAbsolutePath().getParent()) ? VaultProblem.IO
                    : VaultProblem.READ_ONLY, "cannot create the vault file", e);
        }
    }

    /** Deletes what a failed creation left behind; the lock sidecar stays (see {@link VaultFileLock}). */
    static void deleteCreated(Path file) {
        for (String suffix : new String[] {"", "-wal", "-journal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                // best effort: the caller is already reporting the original failure
            }
        }
    }

    /** An online backup into an owner-only temporary file, then moved over the previous backup. */
    static void backup(VaultRepository repository, Path vaultFile) throws VaultException {
        Path target = backupOf(vaultFile);
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            SafeFiles.writeAtomically(temp, new byte[0], SafeFiles.Overwrite.REFUSE);
            repository.backupTo(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw SqliteErrors.toVaultException("backup", e);
        } catch (IOException e) {
            throw new VaultException(VaultProblem.IO, "backup failed", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Honours a missing owner-write bit even for root, who may write anything. */
    private static boolean isWritable(Path file) {
        try {
            return Files.isWritable(file) && (!Files.getFileStore(file).supportsFileAttributeView("posix")
                    || Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE));
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale temporary file is harmless: it is replaced on the next backup
        }
    }
}
