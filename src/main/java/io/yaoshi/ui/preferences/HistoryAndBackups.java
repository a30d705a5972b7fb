package io.yaoshi.ui.preferences;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.yaoshi.backup.BackupPolicy;
import io.yaoshi.history.Retention;
import java.util.List;

/**
 * How much history is kept (at most so many entries, and none older than so many days; 0 days for no age limit),
 * whether backups are made automatically, and how many of them are kept. Values outside the offered choices (a
 * hand-edited file) fall back to the default.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoryAndBackups(int historyEntries, int historyDays, boolean automaticBackups, int backupsKept) {

    public static final List<Integer> HISTORY_ENTRIES = List.of(1_000, 5_000, Retention.DEFAULT_ENTRIES, 100_000);
    public static final List<Integer> HISTORY_DAYS = List.of(0, 30, 90, 365, 730, 1825);
    public static final List<Integer> BACKUPS_KEPT = List.of(3, 5, BackupPolicy.DEFAULT_KEEP, 20, 30);

    public HistoryAndBackups {
        historyEntries = HISTORY_ENTRIES.contains(historyEntries) ? historyEntries : Retention.DEFAULT_ENTRIES;
        historyDays = HISTORY_DAYS.contains(historyDays) ? historyDays : 0;
        backupsKept = BACKUPS_KEPT.contains(backupsKept) ? backupsKept : BackupPolicy.DEFAULT_KEEP;
    }

    public static HistoryAndBackups defaults() {
        return new HistoryAndBackups(Retention.DEFAULT_ENTRIES, 0, true, BackupPolicy.DEFAULT_KEEP);
    }

    public Retention retention() {
        return new Retention(historyEntries, historyDays);
    }

    public BackupPolicy backupPolicy() {
        return new BackupPolicy(automaticBackups, backupsKept);
    }
}
