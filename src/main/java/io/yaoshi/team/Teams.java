package io.yaoshi.team;

import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.VaultItem;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The teams this vault belongs to: create one in a store, join one, add and remove members, open a team's key pairs.
 * Each team is a link in the personal vault; everything else lives in the team's store, checked on every read.
 */
public final class Teams {

    /** The longest team name: a label people say to each other, not a description. */
    static final int NAME_MAX = 64;

    private final VaultSession vault;
    private final Identities identities;
    private final StorePasswords passwords;
    private final SecureRandom random;
    private final Clock clock = Clock.systemUTC();
    private volatile StorePasswordPrompt prompt = StorePasswordPrompt.NONE;

    public Teams(VaultSession vault, Identities identities, SecureRandom random) {
        this.vault = vault;
        this.identities = identities;
        this.passwords = new StorePasswords(vault);
        this.random = random;
    }

    /** Set by the front end: how to ask for a store's password when its server wants one and none is kept. */
    public void askPasswordsWith(StorePasswordPrompt asking) {
        this.prompt = asking;
    }

    /** Creates a team in {@code store} with this vault's owner as its founder and only admin. */
    public TeamLink create(String name, StoreAddress store) throws VaultAccessException {
        requireValidName(name);
        requireNotLinked(name);
        IdentityKeys me = identities.mine();
        TeamIdentity mine = me.publicIdentity();
        UUID id = UUID.randomUUID();
        TeamKey key = TeamKey.generate(random);
        try {
            TeamRows.Team team = new TeamRows.Team(id, name, 1, mine, mine,
                    me.sign(TeamRows.signedTeam(id, name, 1, mine, mine)));
            TeamRows.Member founder = member(me, id, mine, TeamRole.ADMIN, key, 1);
            try (TeamStore connected = connect(store)) {
                connected.create(team, founder);
            }
        } finally {
            key.wipe();
        }
        TeamLink link = new TeamLink(id, name, store, mine, 1);
        vault.put(link.toItem());
        vault.events().record(HistoryEvent.of(HistoryAction.TEAM_CREATE).with("team", name)
                .with("store", store.text()));
        return link;
    }

    /**
     * Joins the team {@code name} of {@code store}, which an admin has added this vault's identity to. Its founder is
     * pinned now (trust on first use): say the fingerprint returned to the founder to be sure it is theirs.
     */
    public TeamLink join(String name, StoreAddress store) throws VaultAccessException {
        requireNotLinked(name);
        try (TeamStore connected = connect(store)) {
            TeamRows.Team team = connected.teamNamed(name)
                    .orElseThrow(() -> new TeamException(TeamProblem.NO_SUCH_TEAM, name));
            TeamLink pinned = new TeamLink(team.id(), name, store, team.founder(), 0);
            try (TeamVault opened = new TeamVault(pinned, connected, identities.mine(), vault.events(), random,
                    Optional.of(new TeamCache(vault, team.id())), clock)) {
                vault.put(opened.link().toItem());
                vault.events().record(HistoryEvent.of(HistoryAction.TEAM_JOIN).with("team", name)
                        .with("store", store.text()).with("founder", team.founder().fingerprint()));
                return opened.link();
            }
        }
    }

    /** Adds {@code identity} with {@code role}: the team's current key is wrapped for them. Admins only. */
    public void addMember(String teamName, TeamIdentity identity, TeamRole role) throws VaultAccessException {
        IdentityKeys me = identities.mine();
        try (TeamVault team = open(teamName)) {
            requireAdmin(team);
            if (team.membership().member(identity).isPresent()) {
                throw new TeamException(TeamProblem.ALREADY_MEMBER, identity.fingerprint());
            }
            TeamRows.Team row = team.membership().team();
            team.store().putMember(row.id(), member(me, row.id(), identity, role, team.key(), row.generation()));
        }
        vault.events().record(HistoryEvent.of(HistoryAction.TEAM_MEMBER_ADD).with("team", teamName)
                .with("member", identity.fingerprint()).with("role", role.id()));
    }

    /**
     * Removes {@code identity}: a new data key, every item sealed anew under it and wrapped for those who stay, in one
     * transaction. The removed member cannot read what is written afterwards; what they saw they may have copied.
     * Rows that do not verify are dropped then, never sealed anew (that would vouch for them).
     *
     * @return how many key pairs were sealed anew
     */
    public int removeMember(String teamName, TeamIdentity identity) throws VaultAccessException {
        IdentityKeys me = identities.mine();
        TeamIdentity mine = me.publicIdentity();
        int resealed;
        try (TeamVault team = open(teamName)) {
            requireAdmin(team);
            TeamRows.Team row = team.membership().team();
            if (identity.equals(row.founder())) {
                throw new TeamException(TeamProblem.FOUNDER, identity.fingerprint());
            }
            if (team.membership().member(identity).isEmpty()) {
                throw new TeamException(TeamProblem.NO_SUCH_MEMBER, identity.fingerprint());
            }
            int generation = row.generation() + 1;
            TeamKey next = TeamKey.generate(random);
            try {
                List<TeamRows.Member> staying = new ArrayList<>();
                for (TeamRows.Member m : team.membership().members()) {
                    if (m.identity().equals(identity)) {
                        continue;
                    }
                    if (m.grantedBy().equals(identity)) {
                        if (m.identity().equals(mine)) {
                            throw new TeamException(TeamProblem.GRANTED_BY, identity.fingerprint());
                        }
                        m = m.regranted(mine, me.sign(TeamRows.signedGrant(row.id(), m.identity(), m.role(), mine)));
                    }
                    byte[] wrapped = next.wrapFor(m.identity(), row.id(), generation);
                    staying.add(m.rewrapped(generation, wrapped, mine,
                            me.sign(TeamRows.signedWrap(row.id(), m.identity(), generation, wrapped, mine))));
                }
                List<TeamRows.Item> items = team.resealed(next, generation);
                TeamRows.Team moved = new TeamRows.Team(row.id(), row.name(), generation, row.founder(), mine,
                        me.sign(TeamRows.signedTeam(row.id(), row.name(), generation, row.founder(), mine)));
                team.store().rekey(row.id(), row.generation(), moved, staying, items, team.rejectedItems());
                resealed = items.size();
            } finally {
                next.wipe();
            }
            vault.put(team.link().seenAt(generation).toItem());
        }
        vault.events().record(HistoryEvent.of(HistoryAction.TEAM_MEMBER_REMOVE).with("team", teamName)
                .with("member", identity.fingerprint()).with("resealed", resealed));
        return resealed;
    }

    private TeamLink link(String name) throws VaultAccessException {
        return links().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new TeamException(TeamProblem.NO_SUCH_TEAM, name));
    }

    /** The teams this vault belongs to, by name (no store is asked). */
    public List<TeamLink> links() throws VaultAccessException {
        List<TeamLink> links = new ArrayList<>();
        for (VaultItem item : vault.items(ItemKind.TEAM)) {
            TeamLink.fromItem(item).ifPresent(links::add);
        }
        links.sort((a, b) -> a.name().compareTo(b.name()));
        return links;
    }

    /**
     * The team read from its store, or, while the store cannot be reached, from the copy last read (read-only, its
     * time in {@link TeamVault#offlineSince()}). UNREACHABLE only when there is no copy either.
     */
    public TeamVault openOrCached(String name) throws VaultAccessException {
        try {
            return open(name);
        } catch (TeamException e) {
            if (e.teamProblem() != TeamProblem.UNREACHABLE) {
                throw e;
            }
            TeamLink link = link(name);
            Optional<TeamCache.Copy> copy = new TeamCache(vault, link.id()).read();
            if (copy.isEmpty()) {
                throw e;
            }
            return new TeamVault(link, new CachedTeamStore(copy.get().snapshot(), link.store()), identities.mine(),
                    vault.events(), random, Optional.empty(), clock).offlineFrom(copy.get().readAt());
        }
    }

    /** Connects to the team's store and reads the team, checking every row; the caller closes it. */
    public TeamVault open(String name) throws VaultAccessException {
        TeamLink link = link(name);
        TeamStore store = connect(link.store());
        try {
            TeamVault team = new TeamVault(link, store, identities.mine(), vault.events(), random,
                    Optional.of(new TeamCache(vault, link.id())), clock);
            if (team.link().generation() != link.generation()) {
                vault.put(team.link().toItem()); // remember the newest generation seen
            }
            return team;
        } catch (VaultAccessException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Calls {@code changed} (on a thread of its own) whenever someone writes to the team, and {@code lost} if its store
     * stops answering, until the returned handle is closed. Uses a connection of its own.
     */
    public TeamWatch watch(TeamVault team, Runnable changed, Runnable lost) throws VaultAccessException {
        TeamStore watcher = connect(team.link().store());
        try {
            return team.watch(watcher, changed, lost);
        } catch (TeamException | RuntimeException e) {
            watcher.close();
            throw e;
        }
    }

    /** Connects with the kept password, if any; asks for one only when the server refuses without it. */
    private TeamStore connect(StoreAddress store) throws VaultAccessException {
        Optional<char[]> kept = passwords.of(store);
        try {
            return PostgresTeamStore.connect(store, kept);
        } catch (TeamException e) {
            if (e.teamProblem() != TeamProblem.AUTHENTICATION) {
                throw e;
            }
            Optional<char[]> asked = prompt.ask(store);
            if (asked.isEmpty()) {
                throw e;
            }
            try {
                TeamStore connected = PostgresTeamStore.connect(store, asked);
                passwords.keep(store, asked.get());
                return connected;
            } finally {
                Arrays.fill(asked.get(), '\0');
            }
        } finally {
            kept.ifPresent(p -> Arrays.fill(p, '\0'));
        }
    }

    private TeamRows.Member member(IdentityKeys me, UUID team, TeamIdentity identity, TeamRole role, TeamKey key,
                                   int generation) {
        TeamIdentity mine = me.publicIdentity();
        byte[] wrapped = key.wrapFor(identity, team, generation);
        return new TeamRows.Member(identity, role, mine, me.sign(TeamRows.signedGrant(team, identity, role, mine)),
                generation, wrapped, mine, me.sign(TeamRows.signedWrap(team, identity, generation, wrapped, mine)));
    }

    private static void requireAdmin(TeamVault team) throws TeamException {
        if (!team.amAdmin()) {
            throw new TeamException(TeamProblem.NOT_ADMIN, team.link().name());
        }
    }

    private void requireNotLinked(String name) throws VaultAccessException {
        if (links().stream().anyMatch(l -> l.name().equals(name))) {
            throw new TeamException(TeamProblem.NAME_TAKEN, name);
        }
    }

    private static void requireValidName(String name) throws TeamException {
        boolean valid = !name.isBlank() && name.strip().equals(name) && name.codePointCount(0, name.length()) <= NAME_MAX
                && name.codePoints().noneMatch(Character::isISOControl);
        if (!valid) {
            throw new TeamException(TeamProblem.NAME_INVALID, Integer.toString(NAME_MAX));
        }
    }
}
