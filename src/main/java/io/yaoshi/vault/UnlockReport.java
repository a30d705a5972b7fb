package io.yaoshi.vault;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of a successful unlock: every item that decrypted and authenticated, the ids of the rows that did not
 * (a flipped byte, a row moved or copied from elsewhere), and whether the set of rows is the one last sealed.
 * Damaged rows stay in the file untouched.
 */
public record UnlockReport(List<VaultItem> items, List<UUID> damagedItemIds, SealCheck seal) {

    public UnlockReport {
        items = List.copyOf(items);
        damagedItemIds = List.copyOf(damagedItemIds);
    }

    public boolean hasDamage() {
        return !damagedItemIds.isEmpty();
    }
}
