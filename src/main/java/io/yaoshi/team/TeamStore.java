package io.yaoshi.team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a team's rows live (PostgreSQL; object storage on paper). It stores and returns rows and enforces optimistic
 * concurrency; it is trusted with nothing: every row is checked by the reader. Each write is all or nothing.
 */
interface TeamStore extends AutoCloseable {

    /** Creates the team with its founder. {@link TeamProblem#NAME_TAKEN} when the store has a team of that name. */
    void create(TeamRows.Team team, TeamRows.Member founder) throws TeamException;

    Optional<TeamRows.Team> teamNamed(String name) throws TeamException;

    /**
     * The team row, its members and the item rows written after {@code change} (0 for all; deletions included),
     * in one consistent read. {@link TeamProblem#NO_SUCH_TEAM} when it is gone.
     */
    TeamRows.Snapshot read(UUID team, long change) throws TeamException;

    /**
     * Calls {@code changed} (on a thread of its own) whenever the team's rows change, until closed; {@code lost} once
     * if the store stops answering. The store's connection is then given over to waiting: use a store of its own.
     */
    TeamWatch watch(UUID team, Runnable changed, Runnable lost) throws TeamException;

    /** Adds or replaces a member, if the team is still at {@code member.generation()}; else CONFLICT. */
    void putMember(UUID team, TeamRows.Member member) throws TeamException;

    /**
     * Writes item versions at once. Each must follow the version it was read at ({@code version - 1}, 0 for a new
     * item) and carry the team's current generation; if any does not, nothing is written: CONFLICT.
     */
    void putItems(UUID team, List<TeamRows.Item> items) throws TeamException;

    /**
     * Moves the team to a new generation in one transaction: the team row, exactly {@code members} (those left out
     * are removed) and every live item re-sealed; deleted items and {@code dropped} (rows that did not verify) go.
     * CONFLICT when the team moved from {@code fromGeneration} or gained or changed an item meanwhile.
     */
    void rekey(UUID team, int fromGeneration, TeamRows.Team next, List<TeamRows.Member> members,
               List<TeamRows.Item> items, List<UUID> dropped) throws TeamException;

    @Override
    void close();
}
