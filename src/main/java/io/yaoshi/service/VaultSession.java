package io.yaoshi.service;

import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.VaultProblem;
import io.yaoshi.service.validation.MasterPasswordValidator;
import io.yaoshi.service.validation.Validation;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.ItemPreview;
import io.yaoshi.vault.KdfParameters;
import io.yaoshi.vault.SealCheck;
import io.yaoshi.vault.UnlockReport;
import io.yaoshi.vault.Vault;
import io.yaoshi.vault.VaultException;
import io.yaoshi.vault.VaultItem;
import io.yaoshi.vault.VaultOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open vault of this process and the key pairs decrypted from it: creating, unlocking and locking, and the
 * in-memory index that listing and filtering read. Key pair ids are the vault item ids. Not thread-safe by itself:
 * the app calls it from one background executor, the command line from its only thread.
 */
public final class VaultSession implements KeyPairStore, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VaultSession.class);

    private final Path file;
    private final VaultOptions options;
    private Vault vault;
    private final KeyPairIndex index = new KeyPairIndex();
    private List<DamagedItem> damaged = List.of();
    private SealCheck seal = SealCheck.intact(0);
    private int itemsAtUnlock;
    private EventRecorder events = EventRecorder.NONE;

    /**
     * What an unlock found: how many key pairs opened, how many items the file holds (key pairs, credentials and
     * the rest, damaged ones included), the items that could not be read (kept in the file), and whether the set of
     * items is the one Yaoshi last saved.
     */
    public record UnlockOutcome(int keyPairs, int items, List<DamagedItem> damaged, SealCheck seal) {
        public UnlockOutcome {
            damaged = List.copyOf(damaged);
        }

        /** Whether the user must be told something about the vault file before going on. */
        public boolean foundProblems() {
            return !damaged.isEmpty() || seal.isAltered();
        }
    }

    public VaultSession(Path file, VaultOptions options) {
        this.file = file;
        this.options = options;
    }

    public Path file() {
        return file;
    }

    /** Where the services record what they do; the history, once the wiring has made it. */
    @Override
    public EventRecorder events() {
        return events;
    }

    /** Set once by the wiring: the history is built over this session, so it cannot be given to its constructor. */
    public void recordEventsWith(EventRecorder recorder) {
        this.events = recorder;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /** Creates a new vault (its folder too) and leaves it unlocked. */
    public UnlockOutcome create(char[] password) throws VaultAccessException, ValidationException {
        if (exists()) {
            throw new VaultAccessException(VaultProblem.ALREADY_EXISTS);
        }
        Validation verdict = new MasterPasswordValidator().validate(password);
        if (!verdict.isValid()) {
            throw new ValidationException(verdict);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            io.yaoshi.files.SafeFiles.createOwnerOnlyDirectories(parent);
            closeQuietly();
            vault = Vault.create(file, password, options);
        } catch (VaultException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new VaultAccessException(VaultProblem.IO, e);
        }
        index.clear();
        damaged = List.of();
        seal = SealCheck.intact(0);
        LOG.info("Created vault {}", file);
        events.record(HistoryEvent.of(HistoryAction.VAULT_CREATE).with("kdf", vault.kdfParameters()));
        return new UnlockOutcome(0, 0, List.of(), seal);
    }

    /**
     * Opens the vault's file ahead of its unlock, while the password is being typed: takes its lock, opens SQLite,
     * migrates an older schema and reads the header, so the unlock after the password derives the key and reads the
     * items only. Says what is wrong with the file (none, not a vault, in use, newer) before any password is asked
     * for. Harmless when open already.
     */
    public void open() throws VaultAccessException {
        if (vault != null) {
            return;
        }
        if (!exists()) {
            throw new VaultAccessException(VaultProblem.NO_VAULT);
        }
        try {
            vault = Vault.open(file, options);
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    /** Opens the file if needed and unlocks it; a wrong password changes nothing. */
    public UnlockOutcome unlock(char[] password) throws VaultAccessException {
        open();
        try {
            List<KeyPairRecord> listed = new ArrayList<>();
            List<DamagedItem> found = new ArrayList<>();
            List<KeyId> listedWhole = new ArrayList<>();
            UnlockReport report = unlockRecordingFailure(password, preview -> {
                if (preview.kind() == ItemKind.KEY_PAIR) {
                    KeyId id = new KeyId(preview.id().toString());
                    if (!preview.complete() && !KeyPairPayload.listingWithin(preview.payloadStart())) {
                        listedWhole.add(id); // tags beyond the head: read after the unlock
                    } else {
                        decodeInto(listed, id, preview.payloadStart(), found);
                    }
                }
            });
            report.damagedItemIds().forEach(id -> found.add(
                    new DamagedItem(id.toString(), DamagedItem.Problem.FAILED_AUTHENTICATION)));
            for (KeyId id : listedWhole) {
                try {
                    readWhole(id, item -> {
                        decodeInto(listed, id, item.payloadView(), found);
                        return null;
                    });
                } catch (VaultAccessException e) {
                    if (e.problem() != VaultProblem.ITEM_DAMAGED) {
                        throw e;
                    }
                    found.add(new DamagedItem(id.value(), DamagedItem.Problem.FAILED_AUTHENTICATION));
                }
            }
            index.clear();
            listed.forEach(index::put);
            damaged = List.copyOf(found);
            seal = report.seal();
            itemsAtUnlock = report.readable() + report.damagedItemIds().size();
            events.unlocked();
            return lastUnlock();
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    /** Reads a key pair's listing from its payload (or the start of it that holds the listing), or records it unreadable. */
    private static void decodeInto(List<KeyPairRecord> listed, KeyId id, ByteBuffer payload, List<DamagedItem> found) {
        try {
            listed.add(KeyPairPayload.decode(id, payload));
        } catch (IOException | IllegalArgumentException e) {
            found.add(new DamagedItem(id.value(), DamagedItem.Problem.UNREADABLE));
            LOG.warn("Key pair item {} is unreadable: {}", id.value(), e.getClass().getSimpleName());
        }
    }

    private UnlockReport unlockRecordingFailure(char[] password, ItemPreview.Reader previews)
            throws VaultException {
        try {
            return vault.unlock(password, previews);
        } catch (VaultException e) {
            if (e.reason() == VaultProblem.WRONG_PASSWORD) {
                events.record(HistoryEvent.of(HistoryAction.UNLOCK_FAILED));
            }
            throw e;
        }
    }

    /** What the last unlock found, with an alteration accepted since then taken into account. */
    public UnlockOutcome lastUnlock() {
        return new UnlockOutcome(index.size(), itemsAtUnlock, damaged, seal);
    }

    /**
     * Reads every item whole, as an unlock does not (it reads what the list needs), and adds those that fail to the
     * damaged: a key pair whose private key no longer authenticates. Returns {@link #lastUnlock()} after it.
     */
    public UnlockOutcome checkEveryItem() throws VaultAccessException {
        requireUnlocked();
        try {
            List<DamagedItem> found = new ArrayList<>(damaged);
            for (UUID id : vault.damagedItems()) {
                if (found.stream().noneMatch(item -> item.id().equals(id.toString()))) {
                    found.add(new DamagedItem(id.toString(), DamagedItem.Problem.FAILED_AUTHENTICATION));
                }
            }
            damaged = List.copyOf(found);
            return lastUnlock();
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    /** The items the last unlock (or {@link #checkEveryItem()}) could not read; they stay in the file. */
    public List<DamagedItem> damagedItems() {
        return damaged;
    }

    /** The last unlock's comparison of the vault's items with its seal. */
    public SealCheck sealCheck() {
        return seal;
    }

    /** Seals the vault as it is now: the user accepts an alteration the last unlock found. */
    public void acceptContentsAsTheyAre() throws VaultAccessException {
        requireUnlocked();
        try {
            vault.acceptContentsAsTheyAre();
        } catch (VaultException e) {
            throw translate(e);
        }
        events.record(HistoryEvent.of(HistoryAction.ACCEPT_AS_IS).with("items", seal.foundItems()));
        seal = SealCheck.intact(seal.foundItems());
    }

    public boolean isUnlocked() {
        boolean unlocked = vault != null && vault.isUnlocked();
        if (!unlocked) {
            index.clear(); // the vault may have locked itself when idle
        }
        return unlocked;
    }

    public void lock() {
        if (vault != null) {
            vault.lock();
        }
        index.clear();
    }

    public void changePassword(char[] current, char[] replacement) throws VaultAccessException {
        rewrap(current, replacement);
        events.record(HistoryEvent.of(HistoryAction.PASSWORD_CHANGE).with("kdf", vault.kdfParameters()));
    }

    private void rewrap(char[] current, char[] replacement) throws VaultAccessException {
        try {
            if (vault == null) {
                vault = Vault.open(file, options);
            }
            vault.changePassword(current, replacement);
        } catch (VaultException e) {
            if (e.reason() == VaultProblem.WRONG_PASSWORD) {
                events.record(HistoryEvent.of(HistoryAction.UNLOCK_FAILED).with("during", "password-change"));
            }
            throw translate(e);
        }
    }

    /** Whether {@code password} is this vault's: a command handed over by someone who must prove it. */
    public boolean opensWith(char[] password) throws VaultAccessException {
        requireUnlocked();
        try {
            return vault.opensWith(password);
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    /** The Argon2id cost the vault's password derives with now. */
    public KdfParameters kdfParameters() throws VaultAccessException {
        requireUnlocked();
        return vault.kdfParameters();
    }

    /**
     * Times Argon2id on this machine anew and re-wraps the data key under the same password with the cost found
     * (after a backup copy of the file); the items are untouched. WRONG_PASSWORD changes nothing.
     */
    public KdfParameters remeasurePasswordCost(char[] password) throws VaultAccessException {
        requireUnlocked();
        rewrap(password, password);
        events.record(HistoryEvent.of(HistoryAction.PASSWORD_COST).with("kdf", vault.kdfParameters()));
        return vault.kdfParameters();
    }

    /** Every key pair, in the order they were stored. */
    @Override
    public List<KeyPairRecord> keyPairs() throws VaultAccessException {
        return matching(KeyPairFilter.ALL);
    }

    /** The key pairs that pass {@code filter}, in the order they were stored. */
    @Override
    public List<KeyPairRecord> matching(KeyPairFilter filter) throws VaultAccessException {
        requireUnlocked();
        return index.matching(filter);
    }

    @Override
    public Optional<KeyPairRecord> find(KeyId id) throws VaultAccessException {
        requireUnlocked();
        return index.get(id);
    }

    /** Saves key pairs (new or changed) in one transaction, with their private keys where given. */
    @Override
    public void save(Collection<KeyPairRecord> records, Map<KeyId, char[]> privateKeys) throws VaultAccessException {
        requireUnlocked();
        List<VaultItem> items = new ArrayList<>();
        for (KeyPairRecord r : records) {
            char[] privateKey = privateKeys.get(r.id());
            byte[] payload = privateKey != null ? KeyPairPayload.encode(r, privateKey) : keepPrivateKey(r);
            items.add(new VaultItem(UUID.fromString(r.id().value()), ItemKind.KEY_PAIR, payload));
        }
        try {
            vault.putAll(items);
        } catch (VaultException e) {
            throw translate(e);
        }
        records.forEach(index::put);
    }

    /** The private key PEM of a key pair (the caller wipes it), or empty for a public-only entry. */
    @Override
    public Optional<char[]> privateKey(KeyId id) throws VaultAccessException {
        requireUnlocked();
        return readWhole(id, item -> {
            byte[] payload = item.payload();
            try {
                return KeyPairPayload.privateKey(payload).orElse(null);
            } finally {
                Arrays.fill(payload, (byte) 0);
            }
        });
    }

    /**
     * Reads a key pair's item whole from the file (key pairs are read on demand), hands it to {@code use} and wipes
     * it; empty when there is no such item or {@code use} gives nothing.
     */
    private <T> Optional<T> readWhole(KeyId id, ItemUse<T> use) throws VaultAccessException {
        try {
            Optional<VaultItem> item = vault.get(UUID.fromString(id.value()));
            if (item.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(use.apply(item.get()));
            } finally {
                item.get().wipe(); // read on demand: this copy is ours
            }
        } catch (VaultException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new VaultAccessException(VaultProblem.IO, e);
        }
    }

    @FunctionalInterface
    private interface ItemUse<T> {
        T apply(VaultItem item) throws IOException;
    }

    /**
     * The decrypted items of one kind other than key pairs, in storage order: for the services and features that keep
     * their own encrypted items (credentials, agent policies, the server inventory).
     */
    public List<VaultItem> items(ItemKind kind) throws VaultAccessException {
        requireUnlocked();
        try {
            return vault.list(kind);
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    /** Adds or replaces one item that is not a key pair. */
    public void put(VaultItem item) throws VaultAccessException {
        requireUnlocked();
        try {
            vault.put(item);
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    /** Adds or replaces items that are not key pairs and removes others, in one transaction. */
    public void change(Collection<VaultItem> puts, Collection<UUID> removals) throws VaultAccessException {
        requireUnlocked();
        try {
            vault.change(puts, removals);
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    /**
     * A consistent copy of the vault file as it is now into {@code target}, an empty owner-only file: still encrypted
     * under the master password.
     */
    public void snapshotTo(Path target) throws VaultAccessException {
        requireUnlocked();
        try {
            vault.snapshotTo(target);
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    /** Any readable item by its id, whatever its kind (a backup searched for a damaged item). */
    public Optional<VaultItem> item(UUID id) throws VaultAccessException {
        requireUnlocked();
        try {
            return vault.get(id);
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    /**
     * Puts intact copies of damaged items back (from a backup), in one transaction: they replace the damaged rows,
     * their key pairs are listed again, and they are no longer reported as damaged.
     */
    public void restoreItems(Collection<VaultItem> copies) throws VaultAccessException {
        change(copies, List.of());
        for (VaultItem copy : copies) {
            if (copy.kind() == ItemKind.KEY_PAIR) {
                try {
                    index.put(KeyPairPayload.decode(new KeyId(copy.id().toString()), copy.payloadView()));
                } catch (IOException | IllegalArgumentException e) {
                    continue; // as unreadable as before: it stays among the damaged
                }
            }
            damaged = damaged.stream().filter(item -> !item.id().equals(copy.id().toString())).toList();
        }
    }

    /** Removes one item that is not a key pair; nothing happens when there is none with this id. */
    public void remove(UUID item) throws VaultAccessException {
        requireUnlocked();
        try {
            vault.remove(item);
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    @Override
    public void delete(KeyId id) throws VaultAccessException {
        requireUnlocked();
        try {
            vault.remove(UUID.fromString(id.value()));
        } catch (VaultException e) {
            throw translate(e);
        }
        index.remove(id);
    }

    @Override
    public void close() {
        index.clear();
        closeQuietly();
    }

    /** An update of metadata keeps whatever private key the item already holds. */
    private byte[] keepPrivateKey(KeyPairRecord r) throws VaultAccessException {
        Optional<char[]> existing = privateKey(r.id());
        try {
            return KeyPairPayload.encode(r, existing.orElse(null));
        } finally {
            existing.ifPresent(k -> java.util.Arrays.fill(k, '\0'));
        }
    }

    private void requireUnlocked() throws VaultAccessException {
        if (!isUnlocked()) {
            throw new VaultAccessException(VaultProblem.LOCKED);
        }
    }

    private void closeQuietly() {
        if (vault != null) {
            try {
                vault.close();
            } catch (VaultException e) {
                LOG.warn("Closing the vault failed: {}", e.reason());
            }
            vault = null;
        }
    }

    private static VaultAccessException translate(VaultException e) {
        return new VaultAccessException(e.reason(), e);
    }
}
