package io.yaoshi.vault;

import io.yaoshi.domain.VaultProblem;
import io.yaoshi.files.SafeFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS lock on the sidecar file {@code <vault>.lock}, held while a {@link Vault} is open. Another process gets no
 * lock; another instance in this JVM gets an {@link OverlappingFileLockException}; both become
 * {@link VaultProblem#IN_USE}. The OS releases the lock when the process dies, so a crash never leaves the
 * vault stuck. The sidecar is left in place on close: deleting it would race with the next opener.
 */
final class VaultFileLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private VaultFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path sidecarOf(Path vaultFile) {
        return vaultFile.resolveSibling(vaultFile.getFileName() + ".lock");
    }

    static VaultFileLock acquire(Path vaultFile) throws VaultException {
        Path sidecar = sidecarOf(vaultFile);
        FileChannel channel;
        try {
            channel = FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            SafeFiles.restrictToOwner(sidecar);
        } catch (IOException e) {
            throw new VaultException(VaultProblem.READ_ONLY, "cannot create the lock file", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new VaultFileLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by another Vault in this JVM: reported as IN_USE below
        } catch (IOException e) {
            closeQuietly(channel);
            throw new VaultException(VaultProblem.IO, "cannot lock the vault", e);
        }
        closeQuietly(channel);
        throw new VaultException(VaultProblem.IN_USE, "the vault is open elsewhere");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
