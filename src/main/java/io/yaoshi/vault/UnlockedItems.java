package io.yaoshi.vault;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What an unlocked vault holds in memory: the item cipher (with the data key) and every decrypted item by id. Items
 * go in and out as copies, so wiping here never touches the caller's objects and the caller cannot alter the index.
 */
final class UnlockedItems {

    private final ItemCipher cipher;
    private final Map<UUID, VaultItem> index = new LinkedHashMap<>();

    UnlockedItems(ItemCipher cipher) {
        this.cipher = cipher;
    }

    /** Decrypts one stored row into the index; false if it does not authenticate. */
    boolean load(SealedItem row) {
        Optional<VaultItem> item = cipher.open(row);
        item.ifPresent(opened -> replace(opened.id(), opened));
        return item.isPresent();
    }

    List<SealedItem> seal(Collection<VaultItem> items) {
        return items.stream().map(cipher::seal).toList();
    }

    void putAll(Collection<VaultItem> items) {
        items.forEach(item -> replace(item.id(), copyOf(item)));
    }

    Optional<VaultItem> get(UUID id) {
        return Optional.ofNullable(index.get(id)).map(UnlockedItems::copyOf);
    }

    List<VaultItem> list(Optional<ItemKind> kind) {
        return index.values().stream()
                .filter(item -> kind.isEmpty() || kind.get() == item.kind())
                .map(UnlockedItems::copyOf)
                .toList();
    }

    void remove(UUID id) {
        replace(id, null);
    }

    void wipe() {
        cipher.wipe();
        index.values().forEach(VaultItem::wipe);
        index.clear();
    }

    private void replace(UUID id, VaultItem item) {
        VaultItem previous = item == null ? index.remove(id) : index.put(id, item);
        if (previous != null) {
            previous.wipe();
        }
    }

    private static VaultItem copyOf(VaultItem item) {
        return VaultItem.adopt(item.id(), item.kind(), item.payload());
    }
}
