package io.yaoshi.vault;

import io.yaoshi.domain.VaultProblem;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A vault file that is locked for this instance, open in SQLite, migrated to the current schema, and whose header
 * has been read. Building one either succeeds completely or releases everything it took.
 */
record OpenedFile(Path file, VaultFileLock lock, VaultRepository repository, VaultHeader header) {

    static OpenedFile open(Path file, Migrations migrations) throws VaultException {
        VaultFiles.checkExistingVault(file);
        return withLockAndConnection(file, (lock, repository) -> {
            if (repository.applicationId() != VaultRepository.APPLICATION_ID) {
                throw new VaultException(VaultProblem.NOT_A_VAULT, "not a Yaoshi vault");
            }
            if (migrations.isBehind(repository.userVersion())) {
                VaultFiles.backup(repository, file);
                migrations.migrate(repository);
            }
            VaultHeader header = readHeader(repository);
            if (header.formatVersion() > VaultHeader.FORMAT_VERSION) {
                throw new VaultException(VaultProblem.NEWER_FORMAT, "header format " + header.formatVersion());
            }
            return new OpenedFile(file, lock, repository, header);
        });
    }

    /** Creates the file with its schema, {@code header} and {@code seal}; a failure deletes what was created. */
    static OpenedFile create(Path file, VaultHeader header, SealRow seal, Migrations migrations)
            throws VaultException {
        VaultFiles.createEmpty(file);
        try {
            return withLockAndConnection(file, (lock, repository) -> {
                repository.setPragma("application_id", VaultRepository.APPLICATION_ID);
                migrations.migrate(repository);
                repository.inTransaction(() -> repository.writeHeader(header) + repository.writeSeal(seal));
                return new OpenedFile(file, lock, repository, header);
            });
        } catch (VaultException | RuntimeException e) {
            VaultFiles.deleteCreated(file);
            throw e;
        }
    }

    /** Runs {@code work} in one transaction, with SQLite's errors turned into vault reasons. */
    <T> T inTransaction(String action, Work<T> work) throws VaultException {
        try {
            return repository.inTransaction(() -> work.run(repository));
        } catch (SQLException e) {
            throw SqliteErrors.toVaultException(action, e);
        }
    }

    /**
     * Reads every row's head into {@code items}: an item of a kind read on demand is held by kind and shown to
     * {@code reader}; any other is kept, read whole when its head does not hold all of it. Returns the ids of rows that
     * failed. Wipes {@code items} on error. Two threads share the work: this one reads the rows and fingerprints them,
     * a second decrypts the heads and hands them on in storage order, so {@code reader} runs on that thread.
     */
    List<UUID> decryptAllInto(UnlockedItems items, ItemPreview.Reader reader) throws VaultException {
        HeadDecryption heads = new HeadDecryption(items, reader);
        try {
            repository.forEachItemHead(row -> {
                items.fingerprint(row);
                heads.add(row);
            });
            List<UUID> damaged = new ArrayList<>(heads.finish());
            for (UUID id : heads.readWhole()) {
                Optional<VaultItem> item = repository.readItem(id).flatMap(items::openWhole);
                if (item.isPresent()) {
                    items.keep(item.get());
                } else {
                    items.remove(id);
                    damaged.add(id);
                }
            }
            return damaged;
        } catch (SQLException e) {
            heads.cancel();
            items.wipe();
            throw SqliteErrors.toVaultException("reading items", e);
        } catch (RuntimeException e) {
            heads.cancel();
            items.wipe();
            throw e;
        }
    }

    /** Reads one whole row, or empty when there is none with this id. */
    Optional<SealedItem> readItem(UUID id) throws VaultException {
        return inTransaction("reading an item", repository -> repository.readItem(id));
    }

    /** The ids of the rows that fail to open whole: an unlock checks heads only. */
    List<UUID> damagedRows(UnlockedItems items) throws VaultException {
        List<UUID> damaged = new ArrayList<>();
        inTransaction("checking items", repository -> {
            repository.forEachItem(row -> items.openWhole(row).ifPresentOrElse(VaultItem::wipe,
                    () -> damaged.add(row.id())));
            return damaged.size();
        });
        return damaged;
    }

    Optional<SealRow> readSeal() throws VaultException {
        return inTransaction("reading the seal", VaultRepository::readSeal);
    }

    /**
     * Backs the file up, replaces the header in one transaction (the password change), and backs it up again: the
     * rolling copy then opens with the new password only, as every backup made after a change must.
     */
    void backUpAndReplaceHeader(VaultHeader next) throws VaultException {
        VaultFiles.backup(repository, file);
        inTransaction("changing the password", repository -> repository.writeHeader(next));
        VaultFiles.backup(repository, file);
    }

    void snapshotTo(Path target) throws VaultException {
        try {
            repository.backupTo(target);
        } catch (SQLException e) {
            throw SqliteErrors.toVaultException("backup", e);
        }
    }

    void close() throws SQLException {
        try {
            repository.close();
        } finally {
            lock.close();
        }
    }

    private static VaultHeader readHeader(VaultRepository repository) throws SQLException, VaultException {
        try {
            return repository.readHeader()
                    .orElseThrow(() -> new VaultException(VaultProblem.DAMAGED, "the vault header is missing"));
        } catch (IllegalArgumentException e) {
            throw new VaultException(VaultProblem.DAMAGED, "the vault header is malformed", e);
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

    /** Database work given the repository. */
    @FunctionalInterface
    interface Work<T> {
        T run(VaultRepository repository) throws SQLException;
    }

    @FunctionalInterface
    private interface Step {
        OpenedFile run(VaultFileLock lock, VaultRepository repository) throws SQLException, VaultException;
    }
}
