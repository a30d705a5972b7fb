package io.yaoshi.vault;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of a successful unlock: the items kept in memory (those read on demand were shown as previews), how
 * many items opened in all, the ids of the rows whose head did not (a flipped byte, a row moved or copied from
 * elsewhere), and whether the set of rows is the one last sealed. Damaged rows stay in the file untouched.
 */
public record UnlockReport(List<VaultItem> items, int readable, List<UUID> damagedItemIds, SealCheck seal) {

    public UnlockReport {
        items = List.copyOf(items);
        damagedItemIds = List.copyOf(damagedItemIds);
    }

    public boolean hasDamage() {
        return !damagedItemIds.isEmpty();
    }
}
