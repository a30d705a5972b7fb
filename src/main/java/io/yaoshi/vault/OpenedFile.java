package io.yaoshi.vault;

import io.yaoshi.vault.VaultException.Reason;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A vault file that is locked for this instance, open in SQLite, migrated to the current schema, and whose header
 * has been read. Building one either succeeds completely or releases everything it took.
 */
record OpenedFile(Path file, VaultFileLock lock, VaultRepository repository, VaultHeader header) {

    static OpenedFile open(Path file, Migrations migrations) throws VaultException {
        VaultFiles.checkExistingVault(file);
        return withLockAndConnection(file, (lock, repository) -> {
            if (repository.applicationId() != VaultRepository.APPLICATION_ID) {
                throw new VaultException(Reason.NOT_A_VAULT, "not a Yaoshi vault");
            }
            if (migrations.isBehind(repository.userVersion())) {
                VaultFiles.backup(repository, file);
                migrations.migrate(repository);
            }
            VaultHeader header = repository.readHeader()
                    .orElseThrow(() -> new VaultException(Reason.NOT_A_VAULT, "the vault header is missing"));
            if (header.formatVersion() > VaultHeader.FORMAT_VERSION) {
                throw new VaultException(Reason.NEWER_FORMAT, "header format " + header.formatVersion());
            }
            return new OpenedFile(file, lock, repository, header);
        });
    }

    /** Creates the file with its schema and {@code header}; a failure deletes what was created. */
    static OpenedFile create(Path file, VaultHeader header, Migrations migrations) throws VaultException {
        VaultFiles.createEmpty(file);
        try {
            return withLockAndConnection(file, (lock, repository) -> {
                repository.setPragma("application_id", VaultRepository.APPLICATION_ID);
                migrations.migrate(repository);
                repository.inTransaction(() -> repository.writeHeader(header));
                return new OpenedFile(file, lock, repository, header);
            });
        } catch (VaultException | RuntimeException e) {
            VaultFiles.deleteCreated(file);
            throw e;
        }
    }

    void close() throws SQLException {
        try {
            repository.close();
        } finally {
            lock.close();
        }
    }

    private static OpenedFile withLockAndConnection(Path file, Step step) throws VaultException {
        VaultFileLock lock = VaultFileLock.acquire(file);
        VaultRepository repository = null;
        try {
            repository = VaultRepository.open(file);
            return step.run(lock, repository);
        } catch (SQLException e) {
            closeQuietly(repository);
            lock.close();
            throw SqliteErrors.toVaultException("opening the vault", e);
        } catch (VaultException | RuntimeException e) {
            closeQuietly(repository);
            lock.close();
            throw e;
        }
    }

    private static void closeQuietly(VaultRepository repository) {
        if (repository != null) {
            try {
                repository.close();
            } catch (SQLException e) {
                // already failing; the original error is the one to report
            }
        }
    }

    @FunctionalInterface
    private interface Step {
        OpenedFile run(VaultFileLock lock, VaultRepository repository) throws SQLException, VaultException;
    }
}
