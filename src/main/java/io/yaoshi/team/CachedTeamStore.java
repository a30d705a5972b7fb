package io.yaoshi.team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The copy of a team kept in the personal vault, standing in for its store while that cannot be reached: it reads
 * what was last read, and refuses every write (UNREACHABLE), so the team is shown read-only and nothing is lost.
 */
final class CachedTeamStore implements TeamStore {

    private final TeamRows.Snapshot copy;
    private final StoreAddress store;

    CachedTeamStore(TeamRows.Snapshot copy, StoreAddress store) {
        this.copy = copy;
        this.store = store;
    }

    @Override
    public void create(TeamRows.Team team, TeamRows.Member founder) throws TeamException {
        throw unreachable();
    }

    @Override
    public Optional<TeamRows.Team> teamNamed(String name) throws TeamException {
        throw unreachable();
    }

    @Override
    public TeamRows.Snapshot read(UUID team, long change) {
        return change == 0 ? copy : new TeamRows.Snapshot(copy.team(), copy.members(), List.of());
    }

    @Override
    public TeamWatch watch(UUID team, Runnable changed, Runnable lost) throws TeamException {
        throw unreachable();
    }

    @Override
    public void putMember(UUID team, TeamRows.Member member) throws TeamException {
        throw unreachable();
    }

    @Override
    public void putItems(UUID team, List<TeamRows.Item> items) throws TeamException {
        throw unreachable();
    }

    @Override
    public void rekey(UUID team, int fromGeneration, TeamRows.Team next, List<TeamRows.Member> members,
                      List<TeamRows.Item> items, List<UUID> dropped) throws TeamException {
        throw unreachable();
    }

    @Override
    public void close() {
        // nothing is open
    }

    private TeamException unreachable() {
        return new TeamException(TeamProblem.UNREACHABLE, store.text());
    }
}
