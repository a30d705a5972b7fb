package io.yaoshi.vault;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an unlock found when it compared the item rows with the vault's seal.
 *
 * @param status        the verdict
 * @param sealedItems   how many rows the seal says there are, when it could be read
 * @param foundItems    how many rows the file holds
 * @param alteredSince  when the alteration was first found (now, for {@link Status#ALTERED})
 */
public record SealCheck(Status status, OptionalInt sealedItems, int foundItems, Optional<Instant> alteredSince) {

    public enum Status {
        /** The rows are exactly those the last write sealed. */
        INTACT,
        /** A vault from before the seal existed: sealed now, as it is; earlier changes cannot be told. */
        FIRST_SEAL,
        /** Rows were removed, replaced by older copies, added back after deletion, or the seal itself was removed. */
        ALTERED,
        /** Found altered at an earlier unlock and written since, but not yet accepted as it is. */
        ALTERED_EARLIER
    }

    /** Whether the user should be told and {@code check} should fail. */
    public boolean isAltered() {
        return status == Status.ALTERED || status == Status.ALTERED_EARLIER;
    }

    public static SealCheck intact(int found) {
        return new SealCheck(Status.INTACT, OptionalInt.of(found), found, Optional.empty());
    }
}
