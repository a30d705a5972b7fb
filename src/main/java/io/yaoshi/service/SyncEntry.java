package io.yaoshi.service;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.provider.RemoteKeyPair;
import java.util.Optional;

/** One line of the three-way comparison between the vault and a cloud listing. */
public record SyncEntry(Status status, Optional<KeyPairRecord> local, Optional<RemoteKeyPair> remote) {

    /** How the two sides relate. */
    public enum Status {
        /** Here and there, and the provider's fingerprint agrees (or there is none to compare). */
        IN_BOTH,
        /** Here and there under the same name or id, but the provider reports another fingerprint. */
        FINGERPRINT_MISMATCH,
        /** Only in the vault: never uploaded, or deleted in the cloud (now marked missing). */
        ONLY_HERE,
        /** Only in the cloud, e.g. made in the console: it can be recorded here as a public-only entry. */
        ONLY_IN_CLOUD,
        /** A create whose answer was lost turned out to exist, but its private key was never received. */
        ORPHANED,
        /** A create whose answer was lost did not happen: nothing exists remotely. */
        NEVER_CREATED
    }
}
