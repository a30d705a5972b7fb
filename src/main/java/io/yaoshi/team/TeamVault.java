package io.yaoshi.team;

import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.service.EventRecorder;
import io.yaoshi.service.KeyPairPayload;
import io.yaoshi.service.KeyPairStore;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.VaultItem;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A team's key pairs, read from its store and checked row by row: an item shows only when its author is a member,
 * its signature verifies and its box opens under the team's key. Writes are signed by this member and carry the
 * version they follow; when someone else wrote first, the team is read again and CONFLICT is said, nothing lost.
 */
public final class TeamVault implements KeyPairStore, AutoCloseable {

    /** A key pair as shown, with the row it came from (its private key is opened from the row on demand). */
    private record Entry(KeyPairRecord record, TeamRows.Item row) {
    }

    private final TeamStore store;
    private final IdentityKeys me;
    private final EventRecorder events;
    private final SecureRandom random;
    private final Optional<TeamCache> cache;
    private final Clock clock;
    private Optional<Instant> offlineSince = Optional.empty();
    private TeamLink link;
    private Membership membership;
    private TeamKey key;
    private final Map<KeyId, Entry> entries = new LinkedHashMap<>();
    private final Map<UUID, TeamRows.Item> rows = new LinkedHashMap<>();
    private final List<UUID> rejected = new ArrayList<>();
    /** The store's change number of the newest row read: a refresh asks for what came after. */
    private long lastChange;

    /**
     * @param cache    where what is read is copied for offline use; empty when reading from that copy
     * @param readAt   when what is shown was read: now for the store, the copy's time when offline
     */
    TeamVault(TeamLink link, TeamStore store, IdentityKeys me, EventRecorder events, SecureRandom random,
              Optional<TeamCache> cache, Clock clock) throws VaultAccessException {
        this.link = link;
        this.store = store;
        this.me = me;
        this.events = event -> events.record(event.with("team", link.name()));
        this.random = random;
        this.cache = cache;
        this.clock = clock;
        reload();
    }

    /** When what is shown was read from the copy in the personal vault (the store was down); empty when live. */
    public Optional<Instant> offlineSince() {
        return offlineSince;
    }

    TeamVault offlineFrom(Instant readAt) {
        this.offlineSince = Optional.of(readAt);
        return this;
    }

    /** Reads the whole team again: members, key and items. */
    public void reload() throws VaultAccessException {
        TeamRows.Snapshot snapshot = store.read(link.id(), 0);
        Membership verified = verify(snapshot);
        TeamRows.Member mine = verified.member(me.publicIdentity()).orElseThrow();
        TeamKey opened = TeamKey.unwrap(me, link.id(), mine.generation(), mine.wrappedKey(), random)
                .orElseThrow(() -> new TeamException(TeamProblem.TAMPERED, link.name() + ": the key wrapped for you"));
        if (key != null) {
            key.wipe();
        }
        key = opened;
        membership = verified;
        link = link.seenAt(verified.team().generation());
        entries.clear();
        rows.clear();
        rejected.clear();
        lastChange = 0;
        snapshot.items().forEach(this::accept);
        if (cache.isPresent()) {
            cache.get().replace(snapshot, clock.instant());
        }
    }

    /**
     * Reads what changed since the last read: the members, and only the item rows written since, so a refresh costs
     * what changed, not the team's size. After a re-key (a new generation) everything is read again.
     *
     * @return how many item rows were read
     */
    public int refresh() throws VaultAccessException {
        TeamRows.Snapshot changed = store.read(link.id(), lastChange);
        if (changed.team().generation() != membership.team().generation()) {
            reload();
            return rows.size();
        }
        membership = verify(changed);
        changed.items().forEach(this::accept);
        if (cache.isPresent() && !changed.items().isEmpty()) {
            cache.get().update(changed, clock.instant());
        }
        return changed.items().size();
    }

    /**
     * Calls {@code changed} whenever someone writes to the team, {@code lost} if its store stops answering; over a
     * connection of its own ({@code watcher}), closed with the returned handle.
     */
    TeamWatch watch(TeamStore watcher, Runnable changed, Runnable lost) throws TeamException {
        return watcher.watch(link.id(), changed, lost);
    }

    /** The team's members as verified; NOT_A_MEMBER when this vault's owner is not (or no longer) one of them. */
    private Membership verify(TeamRows.Snapshot snapshot) throws TeamException {
        Membership verified = Membership.verify(snapshot, link);
        if (verified.member(me.publicIdentity()).isEmpty()) {
            throw new TeamException(TeamProblem.NOT_A_MEMBER, link.name());
        }
        return verified;
    }

    public TeamLink link() {
        return link;
    }

    /** The ids of item rows that do not verify (altered, unknown author, another generation): reported, not shown. */
    public List<UUID> rejectedItems() {
        return List.copyOf(rejected);
    }

    /** The members that verify, founder first. */
    public List<TeamMember> members() {
        List<TeamMember> out = new ArrayList<>();
        for (TeamRows.Member m : membership.members()) {
            out.add(new TeamMember(m.identity(), m.role(), m.identity().equals(membership.team().founder()),
                    m.identity().equals(me.publicIdentity())));
        }
        out.sort((a, b) -> Boolean.compare(b.founder(), a.founder()));
        return out;
    }

    /** Member rows that do not chain back to the founder: a store (or someone) tried to add them. */
    public int rejectedMembers() {
        return membership.rejected().size();
    }

    public boolean amAdmin() {
        return membership.isAdmin(me.publicIdentity());
    }

    @Override
    public List<KeyPairRecord> keyPairs() {
        return entries.values().stream().map(Entry::record).toList();
    }

    @Override
    public List<KeyPairRecord> matching(KeyPairFilter filter) {
        return keyPairs().stream().filter(filter::matches).toList();
    }

    @Override
    public Optional<KeyPairRecord> find(KeyId id) {
        return Optional.ofNullable(entries.get(id)).map(Entry::record);
    }

    @Override
    public void save(Collection<KeyPairRecord> records, Map<KeyId, char[]> privateKeys)
            throws VaultAccessException {
        List<TeamRows.Item> writes = new ArrayList<>();
        for (KeyPairRecord record : records) {
            char[] given = privateKeys.get(record.id());
            Optional<char[]> kept = given != null ? Optional.empty() : privateKey(record.id());
            byte[] payload = KeyPairPayload.encode(record, given != null ? given : kept.orElse(null));
            kept.ifPresent(k -> Arrays.fill(k, '\0'));
            UUID id = UUID.fromString(record.id().value());
            writes.add(row(id, new VaultItem(id, ItemKind.KEY_PAIR, payload)));
            Arrays.fill(payload, (byte) 0);
        }
        write(writes);
    }

    @Override
    public Optional<char[]> privateKey(KeyId id) throws TeamException {
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        TeamRows.Item row = entry.row();
        VaultItem item = key.open(link.id(), row.id(), row.version(), row.generation(), row.box()).orElseThrow(
                () -> new TeamException(TeamProblem.TAMPERED, row.id().toString()));
        byte[] payload = item.payload();
        item.wipe();
        try {
            return KeyPairPayload.privateKey(payload);
        } catch (IOException e) {
            throw new TeamException(TeamProblem.TAMPERED, row.id().toString(), e);
        } finally {
            Arrays.fill(payload, (byte) 0);
        }
    }

    /** A deletion is a signed version with an empty box, so it follows the version read like any change. */
    @Override
    public void delete(KeyId id) throws VaultAccessException {
        UUID item = UUID.fromString(id.value());
        write(List.of(signedRow(item, nextVersion(item), membership.team().generation(), new byte[0])));
    }

    @Override
    public EventRecorder events() {
        return events;
    }

    @Override
    public void close() {
        if (key != null) {
            key.wipe();
        }
        store.close();
    }

    /** Every live item of the team sealed anew under {@code next} at {@code generation} (for a re-key). */
    List<TeamRows.Item> resealed(TeamKey next, int generation) throws TeamException {
        List<TeamRows.Item> out = new ArrayList<>();
        for (Entry entry : entries.values()) {
            TeamRows.Item row = entry.row();
            VaultItem item = key.open(link.id(), row.id(), row.version(), row.generation(), row.box()).orElseThrow(
                    () -> new TeamException(TeamProblem.TAMPERED, row.id().toString()));
            long version = row.version() + 1;
            byte[] box = next.seal(item, link.id(), version, generation);
            byte[] signature = me.sign(TeamRows.signedItem(link.id(), row.id(), version, generation, box,
                    me.publicIdentity()));
            out.add(new TeamRows.Item(row.id(), version, generation, box, me.publicIdentity(), signature, 0));
        }
        return out;
    }

    Membership membership() {
        return membership;
    }

    TeamStore store() {
        return store;
    }

    TeamKey key() {
        return key;
    }

    private void write(List<TeamRows.Item> writes) throws VaultAccessException {
        try {
            store.putItems(link.id(), writes);
        } catch (TeamException e) {
            if (e.teamProblem() == TeamProblem.CONFLICT) {
                reload(); // show what the other writer wrote; the user decides again
            }
            throw e;
        }
        for (TeamRows.Item row : writes) {
            accept(row);
        }
    }

    private TeamRows.Item row(UUID id, VaultItem item) {
        int generation = membership.team().generation();
        long version = nextVersion(id);
        byte[] box = key.seal(item, link.id(), version, generation);
        item.wipe();
        return signedRow(id, version, generation, box);
    }

    /** The version a write of {@code id} follows the one read with: 1 for a new item. */
    private long nextVersion(UUID id) {
        return Optional.ofNullable(rows.get(id)).map(TeamRows.Item::version).orElse(0L) + 1;
    }

    private TeamRows.Item signedRow(UUID id, long version, int generation, byte[] box) {
        TeamIdentity author = me.publicIdentity();
        byte[] signature = me.sign(TeamRows.signedItem(link.id(), id, version, generation, box, author));
        return new TeamRows.Item(id, version, generation, box, author, signature, 0);
    }

    /** Shows a row when it verifies; otherwise names it among the rejected. */
    private void accept(TeamRows.Item row) {
        lastChange = Math.max(lastChange, row.change());
        rows.put(row.id(), row);
        KeyId id = new KeyId(row.id().toString());
        entries.remove(id);
        rejected.remove(row.id());
        if (row.deleted() && verifies(row)) {
            return;
        }
        Optional<KeyPairRecord> record = verifies(row) ? decode(row) : Optional.empty();
        if (record.isEmpty()) {
            rejected.add(row.id());
            return;
        }
        entries.put(id, new Entry(record.get(), row));
    }

    private boolean verifies(TeamRows.Item row) {
        return row.generation() == membership.team().generation() && membership.member(row.author()).isPresent()
                && IdentityKeys.verify(row.author(), row.signed(link.id()), row.signature());
    }

    private Optional<KeyPairRecord> decode(TeamRows.Item row) {
        Optional<VaultItem> item = key.open(link.id(), row.id(), row.version(), row.generation(), row.box());
        if (item.isEmpty() || item.get().kind() != ItemKind.KEY_PAIR) {
            return Optional.empty();
        }
        try {
            return Optional.of(KeyPairPayload.decode(new KeyId(row.id().toString()), item.get().payloadView()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            item.get().wipe();
        }
    }
}
