package io.yaoshi.backup;

import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.VaultProblem;
import io.yaoshi.files.SafeFiles;
import io.yaoshi.history.History;
import io.yaoshi.service.FileAccessException;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.vault.VaultItem;
import io.yaoshi.vault.VaultOptions;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backing the vault up into one file and restoring one into a new vault. A backup is SQLite's online snapshot of the
 * whole vault (key pairs, tags, accounts, policies, history), still encrypted under the master password, in a
 * checksummed envelope ({@link BackupFile}). A restore checks the file whole, opens it with the password and checks
 * every item and the seal in a private folder, and only then gives the vault its name: a damaged backup or a wrong
 * password writes nothing.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    /** Why a backup was made, as the history says it. */
    public enum Trigger { MANUAL, AUTOMATIC }

    private final VaultSession vault;
    private final History history;
    private final VaultOptions options;
    private final Clock clock;

    public Backups(VaultSession vault, History history, VaultOptions options, Clock clock) {
        this.vault = vault;
        this.history = history;
        this.options = options;
        this.clock = clock;
    }

    /**
     * Writes a backup of the open vault to {@code target}, which must not exist; owner-only and atomic (a reader sees
     * no file or the whole one).
     *
     * @throws FileAccessException {@code ALREADY_EXISTS} when {@code target} exists, or why it cannot be written
     */
    public BackupInfo backUp(Path target, Trigger trigger) throws VaultAccessException, FileAccessException {
        return backUp(target, trigger, SafeFiles.Overwrite.REFUSE);
    }

    /** The same, replacing an existing file when {@code overwrite} allows (the user confirmed it). */
    public BackupInfo backUp(Path target, Trigger trigger, SafeFiles.Overwrite overwrite)
            throws VaultAccessException, FileAccessException {
        Path absolute = target.toAbsolutePath();
        try {
            return write(absolute, trigger, overwrite);
        } catch (IOException e) {
            throw FileAccessException.of(absolute, e);
        }
    }

    private BackupInfo write(Path absolute, Trigger trigger, SafeFiles.Overwrite overwrite)
            throws VaultAccessException, IOException {
        if (overwrite == SafeFiles.Overwrite.REFUSE && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        BackupInfo info = new BackupInfo(clock.instant(), history.passwordSetAt());
        Path snapshot = Files.createTempFile(absolute.getParent(), ".yaoshi-snapshot-", ".tmp");
        try {
            SafeFiles.restrictToOwner(snapshot);
            vault.snapshotTo(snapshot);
            SafeFiles.writeAtomically(absolute, out -> BackupFile.write(out, info, snapshot), overwrite);
        } finally {
            Files.deleteIfExists(snapshot);
        }
        vault.events().record(HistoryEvent.of(HistoryAction.BACKUP).with("file", absolute)
                .with("trigger", trigger.name().toLowerCase(java.util.Locale.ROOT)).with("bytes", Files.size(absolute)));
        LOG.info("Backed the vault up ({})", trigger);
        return info;
    }

    /**
     * Restores the backup {@code from} as a new vault at {@code target}, which must not exist. The backup is checked
     * whole first; the restored vault records the restore in its history.
     */
    public RestoreOutcome restore(Path from, Path target, char[] password)
            throws BackupException, VaultAccessException, FileAccessException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new BackupException(BackupException.Problem.TARGET_EXISTS, Optional.empty(), null);
        }
        try {
            return restoreInto(from, absolute, password);
        } catch (IOException e) {
            // the backup when it is not a file one can read, else where the vault was to go
            boolean readable = Files.isRegularFile(from) && Files.isReadable(from);
            throw FileAccessException.of(readable ? absolute : from.toAbsolutePath(), e);
        }
    }

    private RestoreOutcome restoreInto(Path from, Path absolute, char[] password)
            throws BackupException, VaultAccessException, IOException {
        SafeFiles.createOwnerOnlyDirectories(absolute.getParent());
        Path work = Files.createTempDirectory(absolute.getParent(), ".yaoshi-restore-"); // owner-only on POSIX
        try {
            Path restored = work.resolve(absolute.getFileName());
            BackupInfo info = BackupFile.extract(from, restored);
            RestoreOutcome outcome = openAndRecord(restored, from.toAbsolutePath(), info, password);
            SafeFiles.moveIntoPlace(restored, absolute);
            LOG.info("Restored a vault from a backup made {}", info.created());
            return new RestoreOutcome(absolute, info, outcome.keyPairs(), outcome.items());
        } catch (FileAlreadyExistsException e) {
            throw new BackupException(BackupException.Problem.TARGET_EXISTS, Optional.empty(), e);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Puts damaged items of the open vault back from backups: each from the newest of {@code newestFirst} that holds it
     * intact and opens with {@code password}. A backup that is damaged or needs another password is passed over.
     */
    public Recovery recover(List<String> damagedIds, List<Path> newestFirst, char[] password)
            throws VaultAccessException, IOException {
        Set<UUID> wanted = new LinkedHashSet<>();
        damagedIds.forEach(id -> wanted.add(UUID.fromString(id)));
        Map<UUID, VaultItem> found = new LinkedHashMap<>();
        Map<String, Instant> from = new LinkedHashMap<>();
        int otherPassword = 0;
        Path scratch = vault.file().toAbsolutePath().getParent();
        for (Path backup : newestFirst) {
            if (found.keySet().containsAll(wanted)) {
                break;
            }
            Path work = Files.createTempDirectory(scratch, ".yaoshi-recover-"); // owner-only on POSIX
            try {
                Path copy = work.resolve("vault.db");
                BackupInfo info = BackupFile.extract(backup, copy);
                try (VaultSession session = new VaultSession(copy, options)) {
                    session.unlock(password);
                    for (UUID id : wanted) {
                        Optional<VaultItem> intact = found.containsKey(id) ? Optional.empty() : session.item(id);
                        if (intact.isPresent()) {
                            found.put(id, new VaultItem(id, intact.get().kind(), intact.get().payload()));
                            from.put(id.toString(), info.created());
                        }
                    }
                }
            } catch (VaultAccessException e) {
                if (e.problem() != VaultProblem.WRONG_PASSWORD) {
                    throw e;
                }
                otherPassword++;
            } catch (BackupException e) {
                LOG.warn("A backup was passed over for recovery: {}", e.problem());
            } finally {
                deleteTree(work);
            }
        }
        if (!found.isEmpty()) {
            vault.restoreItems(found.values());
            vault.events().record(HistoryEvent.of(HistoryAction.RECOVER).with("items", found.size())
                    .with("from", from.values().stream().distinct().map(Instant::toString)
                            .collect(Collectors.joining(", "))));
        }
        List<String> notFound = wanted.stream().filter(id -> !found.containsKey(id)).map(UUID::toString).toList();
        return new Recovery(from, notFound, otherPassword);
    }

    /** What the backup says about itself; its checksum is not checked (a restore does). */
    public static BackupInfo info(Path backup) throws IOException, BackupException {
        return BackupFile.readInfo(backup);
    }

    private RestoreOutcome openAndRecord(Path restored, Path from, BackupInfo info, char[] password)
            throws BackupException, VaultAccessException {
        try (VaultSession session = new VaultSession(restored, options)) {
            History restoredHistory = new History(session, clock);
            session.recordEventsWith(restoredHistory);
            VaultSession.UnlockOutcome opened;
            try {
                opened = session.unlock(password);
            } catch (VaultAccessException e) {
                throw e.problem() == VaultProblem.WRONG_PASSWORD
                        ? new BackupException(BackupException.Problem.WRONG_PASSWORD, Optional.of(info), null)
                        : new BackupException(BackupException.Problem.DAMAGED, Optional.of(info), e);
            }
            if (opened.foundProblems()) {
                throw new BackupException(BackupException.Problem.HOLDS_DAMAGE, Optional.of(info), null);
            }
            restoredHistory.record(HistoryEvent.of(HistoryAction.RESTORE).with("from", from)
                    .with("made", info.created()));
            return new RestoreOutcome(restored, info, opened.keyPairs(), opened.items());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
