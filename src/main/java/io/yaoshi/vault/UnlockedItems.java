package io.yaoshi.vault;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * What an unlocked vault holds in memory: the item cipher (with the data key), every decrypted item by id, the
 * fingerprint of every row and the seal of the state they make. Items come in as copies, so wiping never touches the
 * caller's objects. Items go out as they are (they are immutable to the caller, and copying 100,000 payloads per
 * listing would cost more than the decryption): the vault wipes them when it locks, while every
 * {@link VaultItem#payload()} the caller took is its own copy.
 */
final class UnlockedItems {

    private final ItemCipher cipher;
    private final Map<UUID, VaultItem> index = new LinkedHashMap<>();
    private final ItemFingerprints fingerprints = new ItemFingerprints();
    private VaultSeal seal;

    UnlockedItems(ItemCipher cipher) {
        this.cipher = cipher;
    }

    /** Fingerprints one stored row and decrypts it into the index; false if it does not authenticate. */
    boolean load(SealedItem row) {
        fingerprints.add(row);
        Optional<VaultItem> item = cipher.open(row);
        item.ifPresent(opened -> replace(opened.id(), opened));
        return item.isPresent();
    }

    List<SealedItem> seal(Collection<VaultItem> items) {
        return items.stream().map(cipher::seal).toList();
    }

    /**
     * Compares the loaded rows with {@code stored} (the seal row, if any) and adopts the state they make as the one
     * the next write seals; an alteration found now is remembered in that seal from {@code now} (epoch seconds).
     */
    SealCheck checkSeal(Optional<SealRow> stored, long now) {
        int found = fingerprints.count();
        byte[] root = fingerprints.root();
        Optional<VaultSeal> opened = stored.flatMap(cipher::open);
        if (opened.isPresent() && opened.get().matches(found, root)) {
            seal = opened.get();
            return seal.alteredSince() == 0 ? SealCheck.intact(found)
                    : altered(SealCheck.Status.ALTERED_EARLIER, opened, found);
        }
        long since = opened.map(VaultSeal::alteredSince).filter(time -> time != 0).orElse(now);
        seal = new VaultSeal(opened.map(VaultSeal::generation).orElse(0L), found, root, since);
        return altered(SealCheck.Status.ALTERED, opened, found);
    }

    /** The first seal, of the rows as they are: for a new vault, or one written before the seal existed. */
    SealCheck sealFirstTime(SealedWrite store) throws VaultException {
        seal = new VaultSeal(0, fingerprints.count(), fingerprints.root(), 0);
        store.write(cipher.seal(seal));
        return new SealCheck(SealCheck.Status.FIRST_SEAL, OptionalInt.of(seal.itemCount()), seal.itemCount(),
                Optional.empty());
    }

    /** Seals the rows as they are, forgetting an alteration: the user accepted the vault's present contents. */
    void acceptAsIs(SealedWrite store) throws VaultException {
        VaultSeal next = new VaultSeal(seal.generation() + 1, fingerprints.count(), fingerprints.root(), 0);
        store.write(cipher.seal(next));
        seal = next;
    }

    /**
     * Replaces rows and removes others: the fingerprints change now and {@code store} writes the rows and deletes the
     * others with the seal of the result.
     */
    void storeChanges(List<SealedItem> rows, Collection<UUID> removals, SealedWrite store) throws VaultException {
        Map<UUID, byte[]> previous = fingerprints.replace(rows);
        for (UUID id : removals) {
            fingerprints.remove(id).forEach(previous::putIfAbsent);
        }
        write(previous, store);
    }

    /** Removes a row: the fingerprints change now and {@code store} deletes it with the seal of the result. */
    void storeRemoval(UUID id, SealedWrite store) throws VaultException {
        write(fingerprints.remove(id), store);
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
        fingerprints.clear();
    }

    private void write(Map<UUID, byte[]> previous, SealedWrite store) throws VaultException {
        VaultSeal next = seal.next(fingerprints.count(), fingerprints.root());
        try {
            store.write(cipher.seal(next));
        } catch (VaultException | RuntimeException e) {
            fingerprints.restore(previous);
            throw e;
        }
        seal = next;
    }

    private SealCheck altered(SealCheck.Status status, Optional<VaultSeal> opened, int found) {
        return new SealCheck(status, opened.stream().mapToInt(VaultSeal::itemCount).findFirst(), found,
                Optional.of(Instant.ofEpochSecond(seal.alteredSince())));
    }

    private void replace(UUID id, VaultItem item) {
        VaultItem previous = item == null ? index.remove(id) : index.put(id, item);
        if (previous != null) {
            previous.wipe();
        }
    }

    /** Writes rows together with the seal row of the state they make, in one transaction. */
    @FunctionalInterface
    interface SealedWrite {
        void write(SealRow seal) throws VaultException;
    }
}
