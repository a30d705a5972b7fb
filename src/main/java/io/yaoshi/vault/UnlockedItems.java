package io.yaoshi.vault;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * What an unlocked vault holds in memory: the item cipher (with the data key), the kind of every readable item in
 * storage order, the decrypted items of the kinds kept in memory, the fingerprint of every row and the seal of the
 * state they make. Items of kinds read on demand ({@link ItemKind#readOnDemand()}) stay on disk: only their kind is
 * held, and {@link #openWhole} checks a row read later against its fingerprint. Items come in as copies, so wiping
 * never touches the caller's objects. Items go out as they are (they are immutable to the caller): the vault wipes
 * them when it locks, while every {@link VaultItem#payload()} the caller took is its own copy.
 */
final class UnlockedItems {

    private final ItemCipher cipher;
    private final Map<UUID, ItemKind> kinds = new LinkedHashMap<>();
    private final Map<UUID, VaultItem> resident = new HashMap<>();
    private final ItemFingerprints fingerprints = new ItemFingerprints();
    private VaultSeal seal;

    UnlockedItems(ItemCipher cipher) {
        this.cipher = cipher;
    }

    /** Fingerprints one stored row (its head, or the whole of an older row), whether it authenticates or not. */
    void fingerprint(SealedItem row) {
        fingerprints.add(row);
    }

    /**
     * Decrypts a row's head; empty if it does not authenticate. The caller keeps the item with {@link #keep} or
     * {@link #hold}. Touches only the cipher, so it may run beside {@link #fingerprint} on another thread.
     */
    Optional<ItemHead> openHead(SealedItem row) {
        return cipher.openHead(row);
    }

    /** Keeps a decrypted item of a kind held in memory, in storage order. */
    void keep(VaultItem item) {
        kinds.put(item.id(), item.kind());
        replaceResident(item.id(), item);
    }

    /** Holds only the kind of an item read on demand. */
    void hold(UUID id, ItemKind kind) {
        kinds.put(id, kind);
        replaceResident(id, null);
    }

    /**
     * Opens a whole row read now: empty if it is not the row the seal counts under that id (its fingerprint differs:
     * replaced on disk since), or does not authenticate. The item is the caller's, to wipe.
     */
    Optional<VaultItem> openWhole(SealedItem row) {
        if (!fingerprints.holds(row)) {
            return Optional.empty();
        }
        return cipher.open(row);
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
        for (VaultItem item : items) {
            if (item.kind().readOnDemand()) {
                hold(item.id(), item.kind());
            } else {
                keep(VaultItem.adopt(item.id(), item.kind(), item.payload()));
            }
        }
    }

    Optional<ItemKind> kindOf(UUID id) {
        return Optional.ofNullable(kinds.get(id));
    }

    /** A kept item; empty for none or one read on demand. */
    Optional<VaultItem> get(UUID id) {
        return Optional.ofNullable(resident.get(id));
    }

    /** The ids of the readable items of {@code kind} (all when empty), in storage order. */
    List<UUID> ids(Optional<ItemKind> kind) {
        return kinds.entrySet().stream().filter(entry -> kind.isEmpty() || kind.get() == entry.getValue())
                .map(Map.Entry::getKey).toList();
    }

    /** How many readable items there are, of every kind. */
    int count() {
        return kinds.size();
    }

    /** The kept items (none of a kind read on demand) in storage order. */
    List<VaultItem> kept() {
        return kinds.keySet().stream().map(resident::get).filter(Objects::nonNull).toList();
    }

    void remove(UUID id) {
        kinds.remove(id);
        replaceResident(id, null);
    }

    void wipe() {
        cipher.wipe();
        resident.values().forEach(VaultItem::wipe);
        resident.clear();
        kinds.clear();
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

    private void replaceResident(UUID id, VaultItem item) {
        VaultItem previous = item == null ? resident.remove(id) : resident.put(id, item);
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
