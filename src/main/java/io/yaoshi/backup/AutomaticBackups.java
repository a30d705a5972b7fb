package io.yaoshi.backup;

import io.yaoshi.domain.HistoryAction;
import io.yaoshi.files.SafeFiles;
import io.yaoshi.service.FileAccessException;
import io.yaoshi.service.VaultAccessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups made without being asked, into {@code <data dir>/backups}: after a change, when the newest is a day old or
 * there is none, and at once after a password change (so the newest backup opens with the password in use). Only the
 * newest {@link BackupPolicy#keep()} are kept. A failure is logged and never fails the change that caused it.
 */
public final class AutomaticBackups {

    public static final String SUFFIX = ".yaoshi-backup";
    private static final Logger LOG = LoggerFactory.getLogger(AutomaticBackups.class);
    private static final Duration INTERVAL = Duration.ofDays(1);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Backups backups;
    private final Path dir;
    private final Clock clock;
    private volatile Supplier<BackupPolicy> policy = BackupPolicy::defaults;

    public AutomaticBackups(Backups backups, Path dir, Clock clock) {
        this.backups = backups;
        this.dir = dir;
        this.clock = clock;
    }

    /** Where the policy comes from (the preferences, read at each change). */
    public void follow(Supplier<BackupPolicy> chosen) {
        policy = chosen;
    }

    public Path folder() {
        return dir;
    }

    /** Called after every recorded change of the vault's contents. */
    public synchronized void afterChange(HistoryAction action) {
        BackupPolicy current = policy.get();
        if (!current.automatic()) {
            return;
        }
        try {
            Instant now = clock.instant();
            boolean due = action == HistoryAction.PASSWORD_CHANGE
                    || latest().map(last -> !last.plus(INTERVAL).isAfter(now)).orElse(true);
            if (due) {
                SafeFiles.createOwnerOnlyDirectories(dir);
                backups.backUp(dir.resolve("yaoshi-" + NAME_TIME.format(now) + SUFFIX), Backups.Trigger.AUTOMATIC);
                prune(current.keep());
            }
        } catch (IOException | VaultAccessException | FileAccessException e) {
            LOG.warn("The automatic backup failed: {}", e.getClass().getSimpleName());
        }
    }

    /** When the newest automatic backup was made. */
    public Optional<Instant> latest() throws IOException {
        return newestFirst().stream().findFirst().map(Made::created);
    }

    /** The automatic backups that read as backups, newest first. */
    public List<Path> files() throws IOException {
        return newestFirst().stream().map(Made::file).toList();
    }

    private void prune(int keep) throws IOException {
        List<Made> all = newestFirst();
        for (Made old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    private List<Made> newestFirst() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Made> made = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                try {
                    made.add(new Made(file, Backups.info(file).created()));
                } catch (IOException | BackupException e) {
                    LOG.warn("Skipped a file in the backups folder that does not read as a backup");
                }
            }
        }
        made.sort(Comparator.comparing(Made::created).reversed());
        return made;
    }

    private record Made(Path file, Instant created) {
    }
}
