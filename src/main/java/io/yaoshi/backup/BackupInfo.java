package io.yaoshi.backup;

import java.time.Instant;
import java.util.Optional;

/**
 * What a backup file says about itself in the clear, before anything is decrypted: when it was made and, where the
 * history still knew, since when the master password that opens it was in use. Nothing in it is secret.
 */
public record BackupInfo(Instant created, Optional<Instant> passwordSetAt) {
}
