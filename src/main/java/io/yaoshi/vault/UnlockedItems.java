package io.yaoshi.vault;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What an unlocked vault holds in memory: the item cipher (with the data key) and every decrypted item by id. Items
 * come in as copies, so wiping never touches the caller's objects. Items go out as they are (they are immutable to
 * the caller, and copying 100,000 payloads per listing would cost more than the decryption): the vault wipes them
 * when it locks, while every {@link VaultItem#payload()} the caller took is its own copy.
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
        items.forEach(item -> replace(item.id(), VaultItem.adopt(item.id(), item.kind(), item.payload())));
    }

    Optional<VaultItem> get(UUID id) {
        return Optional.ofNullable(index.get(id));
    }

    List<VaultItem> list(Optional<ItemKind> kind) {
        return index.values().stream().filter(item -> kind.isEmpty() || kind.get() == item.kind()).toList();
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
}
