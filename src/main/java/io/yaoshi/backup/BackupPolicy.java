package io.yaoshi.backup;

/** Whether automatic backups are made, and how many of them are kept (the newest). */
public record BackupPolicy(boolean automatic, int keep) {

    public static final int DEFAULT_KEEP = 10;

    public BackupPolicy {
        if (keep < 1) {
            throw new IllegalArgumentException("at least one backup is kept");
        }
    }

    public static BackupPolicy defaults() {
        return new BackupPolicy(true, DEFAULT_KEEP);
    }
}
