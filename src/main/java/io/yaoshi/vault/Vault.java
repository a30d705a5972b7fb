package io.yaoshi.vault;

import io.yaoshi.domain.VaultProblem;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An encrypted store of items in one SQLite file, opened by one instance at a time. Every method is synchronized:
 * the SQLite connection, the data key and the index are touched only under this object's monitor, so the vault is
 * safe to share (the app calls it from its single {@code yaoshi-vault} executor anyway). Passwords stay owned by the
 * caller, who wipes them; the vault wipes its own copies and every derived key.
 */
public final class Vault implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Vault.class);

    private final OpenedFile opened;
    private final VaultOptions options;
    private final IdleTimer idle;
    private VaultHeader header;
    private UnlockedItems unlocked; // null while locked
    private boolean closed;

    private Vault(OpenedFile opened, VaultOptions options) {
        this.opened = opened;
        this.options = options;
        this.header = opened.header();
        this.idle = new IdleTimer(options);
    }

    /** Creates a new, empty vault at {@code file} (which must not exist) and returns it unlocked. */
    public static Vault create(Path file, char[] password, VaultOptions options) throws VaultException {
        byte[] dataKey = new byte[VaultCrypto.KEY_BYTES];
        options.random().nextBytes(dataKey);
        try {
            VaultHeader header = VaultHeader.createNew(dataKey, password, options.kdf().parametersForNewKey(),
                    options.random());
            UnlockedItems items = new UnlockedItems(new ItemCipher(dataKey.clone(), header.vaultId(),
                    options.random()));
            Vault vault;
            try {
                OpenedFile[] created = new OpenedFile[1];
                items.sealFirstTime(seal -> created[0] = OpenedFile.create(file, header, seal,
                        new Migrations(Migrations.PRODUCTION)));
                vault = new Vault(created[0], options);
            } catch (VaultException | RuntimeException e) {
                items.wipe();
                throw e;
            }
            vault.becomeUnlocked(items);
            LOG.info("Created a vault ({})", header.kdf());
            return vault;
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** Opens an existing vault, locked; migrates an older schema after backing it up. */
    public static Vault open(Path file, VaultOptions options) throws VaultException {
        return open(file, options, new Migrations(Migrations.PRODUCTION));
    }

    static Vault open(Path file, VaultOptions options, Migrations migrations) throws VaultException {
        return new Vault(OpenedFile.open(file, migrations), options);
    }

    /** {@link #unlock(char[], ItemPreview.Reader)} for a caller that lists no item read on demand. */
    public synchronized UnlockReport unlock(char[] password) throws VaultException {
        return unlock(password, preview -> { });
    }

    /**
     * Derives the key, decrypts every item's head, checks the set against the seal and keeps the items in memory but
     * those read on demand, whose start {@code previews} reads as they are found. A wrong password changes nothing
     * (an unlocked vault stays unlocked). Items whose head fails are left out and reported by id (a damaged body is
     * found when the item is read, and by {@link #damagedItems()}); an altered set is reported, and the vault still
     * opens so the user can take what is there.
     */
    public synchronized UnlockReport unlock(char[] password, ItemPreview.Reader previews) throws VaultException {
        byte[] dataKey = dataKeyFor(password);
        VaultHeader sealedHeader = header.sealed() ? header
                : header.rewrap(dataKey, password, header.kdf(), options.random());
        UnlockedItems items = new UnlockedItems(new ItemCipher(dataKey, header.vaultId(), options.random()));
        List<UUID> damaged = opened.decryptAllInto(items, previews);
        SealCheck seal;
        try {
            seal = checkSeal(items, sealedHeader);
        } catch (VaultException | RuntimeException e) {
            items.wipe();
            throw e;
        }
        lock();
        becomeUnlocked(items);
        if (!damaged.isEmpty()) {
            LOG.warn("{} vault item(s) failed authentication and were left out", damaged.size());
        }
        if (seal.isAltered()) {
            LOG.warn("The vault's items do not match its seal ({}, {} rows)", seal.status(), seal.foundItems());
        }
        return new UnlockReport(items.kept(), items.count(), damaged, seal);
    }

    /**
     * Seals the vault's present contents, forgetting an alteration an unlock found: the user has looked and accepts
     * the vault as it is (or has nothing better to restore).
     */
    public synchronized void acceptContentsAsTheyAre() throws VaultException {
        requireUnlocked().acceptAsIs(seal -> opened.inTransaction("sealing the vault", repository ->
                repository.writeSeal(seal)));
        LOG.info("The vault's present contents were accepted and sealed");
    }

    /** Wipes the data key and every decrypted item. Harmless on a locked vault. */
    public synchronized void lock() {
        if (unlocked != null) {
            unlocked.wipe();
            unlocked = null;
            LOG.info("Vault locked");
        }
    }

    /** Locks the vault if it has been idle for the configured time. */
    synchronized void lockIfIdle() {
        if (unlocked != null && idle.expired()) {
            lock();
        }
    }

    /** The current state; an idle vault locks at its next operation or scheduler check, not when asked this. */
    public synchronized boolean isUnlocked() {
        return unlocked != null;
    }

    /** Adds the item, or replaces the one with the same id. */
    public synchronized void put(VaultItem item) throws VaultException {
        putAll(List.of(item));
    }

    /** Adds or replaces all items in one transaction: all are saved, or none. */
    public synchronized void putAll(Collection<VaultItem> items) throws VaultException {
        change(items, List.of());
    }

    /** Adds or replaces {@code puts} and deletes {@code removals} in one transaction: all of it, or none. */
    public synchronized void change(Collection<VaultItem> puts, Collection<UUID> removals) throws VaultException {
        UnlockedItems current = requireUnlocked();
        List<SealedItem> sealed = current.seal(puts);
        current.storeChanges(sealed, removals, seal -> opened.inTransaction("saving items", repository -> {
            repository.upsert(sealed);
            for (UUID id : removals) {
                repository.delete(id);
            }
            return repository.writeSeal(seal);
        }));
        current.putAll(puts);
        removals.forEach(current::remove);
    }

    /**
     * A consistent copy of the whole file as it is now (SQLite's online backup, never a copy of the live file) into
     * {@code target}, an empty owner-only file: items, header and seal, still encrypted under the master password.
     */
    public synchronized void snapshotTo(Path target) throws VaultException {
        requireUnlocked();
        opened.snapshotTo(target);
    }

    /**
     * The item, or empty if there is none with this id (or its head was damaged at unlock). An item kept in memory is
     * wiped when the vault locks; one read on demand is read whole now and is the caller's to wipe. An item read on
     * demand whose row fails now is {@link VaultProblem#ITEM_DAMAGED}.
     */
    public synchronized Optional<VaultItem> get(UUID id) throws VaultException {
        UnlockedItems current = requireUnlocked();
        Optional<ItemKind> kind = current.kindOf(id);
        if (kind.isEmpty() || !kind.get().readOnDemand()) {
            return current.get(id);
        }
        Optional<VaultItem> item = opened.readItem(id).flatMap(current::openWhole);
        if (item.isEmpty()) {
            LOG.warn("Vault item {} failed authentication when read", id);
            throw new VaultException(VaultProblem.ITEM_DAMAGED, "item " + id + " failed authentication");
        }
        return item;
    }

    /** Every readable item, in storage order: see {@link #get} for who wipes what. */
    public synchronized List<VaultItem> list() throws VaultException {
        return list(Optional.empty());
    }

    public synchronized List<VaultItem> list(ItemKind kind) throws VaultException {
        return list(Optional.of(kind));
    }

    /**
     * The ids of every row that does not open whole now: reads the whole file (an unlock reads heads only, so a
     * damaged body shows here, or when its item is read).
     */
    public synchronized List<UUID> damagedItems() throws VaultException {
        return opened.damagedRows(requireUnlocked());
    }

    /** Deletes the item; false if there was none. Damaged rows can be deleted by id too. */
    public synchronized boolean remove(UUID id) throws VaultException {
        UnlockedItems current = requireUnlocked();
        boolean[] deleted = new boolean[1];
        current.storeRemoval(id, seal -> deleted[0] = opened.inTransaction("deleting an item", repository -> {
            boolean found = repository.delete(id);
            if (found) {
                repository.writeSeal(seal);
            }
            return found;
        }));
        current.remove(id);
        return deleted[0];
    }

    /**
     * Re-wraps the data key under {@code replacement} with fresh salt and parameters, in one transaction, after a
     * backup copy of the file. Items are untouched. Works locked or unlocked; the current password must be right.
     */
    public synchronized void changePassword(char[] current, char[] replacement) throws VaultException {
        byte[] dataKey = dataKeyFor(current);
        try {
            VaultHeader next = header.rewrap(dataKey, replacement, options.kdf().parametersForNewKey(),
                    options.random());
            opened.backUpAndReplaceHeader(next);
            header = next;
            idle.touch();
            LOG.info("Vault password changed ({})", next.kdf());
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** Whether {@code password} opens this vault (a full key derivation); changes nothing. */
    public synchronized boolean opensWith(char[] password) throws VaultException {
        try {
            Arrays.fill(dataKeyFor(password), (byte) 0);
            return true;
        } catch (VaultException e) {
            if (e.reason() == VaultProblem.WRONG_PASSWORD) {
                return false;
            }
            throw e;
        }
    }

    /** The Argon2id cost this vault's password currently derives with. */
    public synchronized KdfParameters kdfParameters() {
        return header.kdf();
    }

    public Path file() {
        return opened.file();
    }

    /** Locks, closes the database and releases the file lock. */
    @Override
    public synchronized void close() throws VaultException {
        if (closed) {
            return;
        }
        lock();
        closed = true;
        try {
            opened.close();
        } catch (SQLException e) {
            throw SqliteErrors.toVaultException("closing the vault", e);
        }
    }

    /** SQLite's own consistency check: "ok" when the file is sound. */
    synchronized String integrityCheck() throws VaultException {
        ensureOpen();
        return opened.inTransaction("integrity check", VaultRepository::integrityCheck);
    }

    /**
     * The seal's verdict on the rows just loaded. A vault from before the seal gets its first one, and its header
     * the format that requires it, in one transaction; a seal beside such a header means an older header was put
     * back, and counts as an alteration.
     */
    private SealCheck checkSeal(UnlockedItems items, VaultHeader sealedHeader) throws VaultException {
        Optional<SealRow> stored = opened.readSeal();
        long now = options.clock().instant().getEpochSecond();
        if (header.sealed()) {
            return items.checkSeal(stored, now);
        }
        if (stored.isPresent()) {
            return items.checkSeal(Optional.empty(), now);
        }
        SealCheck first = items.sealFirstTime(seal -> opened.inTransaction("sealing the vault", repository ->
                repository.writeHeader(sealedHeader) + repository.writeSeal(seal)));
        header = sealedHeader;
        LOG.info("Sealed a vault written before the seal existed ({} rows)", first.foundItems());
        return first;
    }

    private List<VaultItem> list(Optional<ItemKind> kind) throws VaultException {
        List<VaultItem> items = new ArrayList<>();
        for (UUID id : requireUnlocked().ids(kind)) {
            get(id).ifPresent(items::add);
        }
        return items;
    }

    private void becomeUnlocked(UnlockedItems items) {
        unlocked = items;
        idle.touch();
    }

    private UnlockedItems requireUnlocked() throws VaultException {
        ensureOpen();
        lockIfIdle();
        if (unlocked == null) {
            throw new VaultException(VaultProblem.LOCKED, "the vault is locked");
        }
        idle.touch();
        return unlocked;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the vault is closed");
        }
    }

    /** The unwrapped data key, which the caller owns; WRONG_PASSWORD before anything changes. */
    private byte[] dataKeyFor(char[] password) throws VaultException {
        ensureOpen();
        return header.unwrap(password).orElseThrow(() -> header.isIntact()
                ? new VaultException(VaultProblem.WRONG_PASSWORD, "the password does not open the vault")
                : new VaultException(VaultProblem.DAMAGED, "the vault header does not match its checksum"));
    }
}
