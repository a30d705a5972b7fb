package io.yaoshi.backup;

import java.nio.file.Path;

/** A vault restored: where, from a backup made when, and how many key pairs and items it holds. */
public record RestoreOutcome(Path vault, BackupInfo backup, int keyPairs, int items) {
}
