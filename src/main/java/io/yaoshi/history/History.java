package io.yaoshi.history;

import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.KeyId;
import io.yaoshi.service.EventRecorder;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.VaultItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vault's history: every event the services record, appended as an encrypted vault item (names, tags and details
 * are inside the ciphertext like every other item), each entry naming the hash of the one before it, with the chain's
 * ends in a head item written in the same transaction. The vault's seal binds the set of items; the chain tells which
 * entry went missing, was changed or moved, even if the set was re-sealed. Failed unlocks wait in
 * {@link FailedUnlocks} until the vault opens.
 */
public final class History implements EventRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(History.class);
    /** One head per vault, found without reading the entries. */
    private static final UUID HEAD_ID = UUID.nameUUIDFromBytes("history-head".getBytes(StandardCharsets.UTF_8));
    private static final Set<HistoryAction> PASSWORD_SET = Set.of(HistoryAction.VAULT_CREATE,
            HistoryAction.PASSWORD_CHANGE);

    private final VaultSession vault;
    private final Clock clock;
    private final FailedUnlocks failedUnlocks;
    private volatile Supplier<Retention> retention = Retention::defaults;
    private volatile Consumer<HistoryAction> afterChange = action -> { };
    private final List<Consumer<HistoryEvent>> listeners = new CopyOnWriteArrayList<>();

    public History(VaultSession vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
        this.failedUnlocks = new FailedUnlocks(vault.file());
    }

    /** Where the retention applied at each unlock comes from (the preferences, read each time). */
    public void retainAs(Supplier<Retention> chosen) {
        retention = chosen;
    }

    /** Told after each recorded event that changed the vault's contents (the automatic backup). */
    public void afterEachChange(Consumer<HistoryAction> action) {
        afterChange = action;
    }

    /** Told of each event once it is recorded, on the thread that recorded it (a view shows it). */
    public void addListener(Consumer<HistoryEvent> listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized void record(HistoryEvent event) {
        if (!vault.isUnlocked()) {
            recordWhileLocked(event);
            return;
        }
        try {
            append(List.of(event), List.of(), currentHead());
        } catch (VaultAccessException e) {
            LOG.warn("Could not record {} in the history: {}", event.action().code(), e.problem());
            return;
        }
        listeners.forEach(listener -> listener.accept(event));
        if (event.action().changesVault()) {
            afterChange.accept(event.action());
        }
    }

    /** Writes the failed unlocks that waited for the vault, then applies the retention. */
    @Override
    public synchronized void unlocked() {
        try {
            List<Instant> failed = failedUnlocks.read();
            if (!failed.isEmpty()) {
                append(List.of(HistoryEvent.of(HistoryAction.UNLOCK_FAILED).with("count", failed.size())
                        .with("first", failed.get(0)).with("last", failed.get(failed.size() - 1))), List.of(),
                        currentHead());
                failedUnlocks.clear();
            }
            applyRetention();
        } catch (IOException | VaultAccessException e) {
            LOG.warn("Could not bring the history up to date at unlock: {}", e.getClass().getSimpleName());
        }
    }

    /** Every readable entry, oldest first. */
    public synchronized List<HistoryEntry> entries() throws VaultAccessException {
        return read().entries();
    }

    /** The entries about one key pair, oldest first. */
    public synchronized List<HistoryEntry> entriesOf(KeyId key) throws VaultAccessException {
        return entries().stream().filter(entry -> entry.keyId().filter(key.value()::equals).isPresent()).toList();
    }

    /** Checks the whole chain against its head. */
    public synchronized ChainVerdict verify() throws VaultAccessException {
        Stored stored = read();
        return HistoryChain.verify(stored.entries(), storedHead(), stored.unreadable());
    }

    /** When the password that opens the vault now was set, as far as the history still tells. */
    public synchronized Optional<Instant> passwordSetAt() throws VaultAccessException {
        return entries().stream().filter(entry -> HistoryAction.fromCode(entry.action())
                .filter(PASSWORD_SET::contains).isPresent()).map(HistoryEntry::time).reduce((a, b) -> b);
    }

    /**
     * Removes the oldest entries beyond the retention (older than its days; past its count, down to nine tenths of it)
     * and records the cut as an entry of its own; the head then names the last removed entry's hash, so the chain
     * still holds from its new start.
     */
    public synchronized void applyRetention() throws VaultAccessException {
        List<HistoryEntry> entries = entries();
        Retention limits = retention.get();
        // past the limit, cut to nine tenths of it: a cut at every unlock would fill the history with cuts
        int excess = limits.keepEntries() == 0 || entries.size() <= limits.keepEntries() ? 0
                : entries.size() + 1 - limits.keepEntries() * 9 / 10;
        Optional<Instant> cutoff = limits.keepDays() == 0 ? Optional.empty()
                : Optional.of(clock.instant().minus(limits.maxAge()));
        int cut = 0;
        while (cut < entries.size() && (cut < excess
                || cutoff.filter(entries.get(cut).time()::isBefore).isPresent())) {
            cut++;
        }
        if (cut == 0) {
            return;
        }
        HistoryEntry lastRemoved = entries.get(cut - 1);
        HistoryEvent event = HistoryEvent.of(HistoryAction.HISTORY_CUT).with("removed", cut)
                .with("through", lastRemoved.seq()).with("until", lastRemoved.time())
                .with("keepEntries", limits.keepEntries()).with("keepDays", limits.keepDays());
        append(List.of(event), entries.subList(0, cut).stream().map(HistoryEntry::itemId).toList(),
                currentHead().startingAt(lastRemoved.seq() + 1, lastRemoved.hash()));
        LOG.info("History cut: {} oldest entries removed", cut);
    }

    private void recordWhileLocked(HistoryEvent event) {
        if (event.action() != HistoryAction.UNLOCK_FAILED) {
            LOG.warn("Not recorded in the history while the vault is locked: {}", event.action().code());
            return;
        }
        try {
            failedUnlocks.add(clock.instant());
        } catch (IOException e) {
            LOG.warn("Could not keep a failed unlock for the history: {}", e.getClass().getSimpleName());
        }
    }

    private void append(List<HistoryEvent> events, List<UUID> removals, HistoryHead base)
            throws VaultAccessException {
        long seq = base.lastSeq();
        byte[] previous = base.lastHash();
        Instant now = clock.instant();
        List<VaultItem> puts = new ArrayList<>();
        for (HistoryEvent event : events) {
            seq++;
            byte[] entry = HistoryCodec.encode(seq, now, event, previous);
            puts.add(VaultItem.create(ItemKind.HISTORY_ENTRY, entry));
            previous = HistoryCodec.hash(entry);
        }
        puts.add(new VaultItem(HEAD_ID, ItemKind.HISTORY_HEAD, HistoryCodec.encode(base.extendedTo(seq, previous))));
        vault.change(puts, removals);
    }

    /**
     * The head as stored; without one (a vault from before the history, or a head removed, which the vault's seal
     * reports) the chain goes on from its highest entry.
     */
    private HistoryHead currentHead() throws VaultAccessException {
        Optional<HistoryHead> stored = storedHead();
        if (stored.isPresent()) {
            return stored.get();
        }
        List<HistoryEntry> entries = entries();
        if (entries.isEmpty()) {
            return HistoryHead.empty();
        }
        HistoryEntry first = entries.get(0);
        HistoryEntry last = entries.get(entries.size() - 1);
        return new HistoryHead(first.seq(), first.previous(), last.seq(), last.hash());
    }

    private Optional<HistoryHead> storedHead() throws VaultAccessException {
        for (VaultItem item : vault.items(ItemKind.HISTORY_HEAD)) {
            if (item.id().equals(HEAD_ID)) {
                try {
                    return Optional.of(HistoryCodec.decodeHead(item.payload()));
                } catch (IOException e) {
                    LOG.warn("The history head does not read as one");
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private Stored read() throws VaultAccessException {
        List<HistoryEntry> entries = new ArrayList<>();
        int unreadable = 0;
        for (VaultItem item : vault.items(ItemKind.HISTORY_ENTRY)) {
            try {
                entries.add(HistoryCodec.decodeEntry(item.id(), item.payload()));
            } catch (IOException e) {
                unreadable++;
            }
        }
        entries.sort(Comparator.comparingLong(HistoryEntry::seq));
        return new Stored(entries, unreadable);
    }

    private record Stored(List<HistoryEntry> entries, int unreadable) {
    }
}
