package io.yaoshi.vault;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of a successful unlock: every item that decrypted and authenticated, and the ids of the rows that did
 * not (a flipped byte, a row moved or copied from elsewhere). Damaged rows stay in the file untouched.
 */
public record UnlockReport(List<VaultItem> items, List<UUID> damagedItemIds) {

    public UnlockReport {
        items = List.copyOf(items);
        damagedItemIds = List.copyOf(damagedItemIds);
    }

    public boolean hasDamage() {
        return !damagedItemIds.isEmpty();
    }
}
