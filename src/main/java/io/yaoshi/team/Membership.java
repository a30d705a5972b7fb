package io.yaoshi.team;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The members of a team that verify. A role grant counts when it chains back to the founder pinned at joining (each
 * signed by an admin whose own grant counts; the founder's by the founder). A member counts when their grant counts
 * and the data key of the current generation is wrapped for them by such an admin. Whatever does not verify is left
 * out and named, so a store can neither add a member nor raise a role.
 */
final class Membership {

    private final TeamRows.Team team;
    private final Map<TeamIdentity, TeamRows.Member> members;
    private final List<TeamRows.Member> rejected;

    private Membership(TeamRows.Team team, Map<TeamIdentity, TeamRows.Member> members,
                       List<TeamRows.Member> rejected) {
        this.team = team;
        this.members = members;
        this.rejected = rejected;
    }

    /**
     * @throws TeamException TAMPERED when the team row itself does not verify against what {@code link} pinned: another
     *                       founder, an older generation than seen, or a signature that is not a member admin's
     */
    static Membership verify(TeamRows.Snapshot snapshot, TeamLink link) throws TeamException {
        TeamRows.Team team = snapshot.team();
        UUID id = team.id();
        if (!id.equals(link.id()) || !team.founder().equals(link.founder())) {
            throw new TeamException(TeamProblem.TAMPERED, link.name() + ": another founder");
        }
        if (team.generation() < link.generation()) {
            throw new TeamException(TeamProblem.TAMPERED, link.name() + ": generation " + team.generation()
                    + " after " + link.generation());
        }
        Set<TeamIdentity> granters = new HashSet<>(Set.of(team.founder()));
        Map<TeamIdentity, TeamRows.Member> granted = new LinkedHashMap<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TeamRows.Member m : snapshot.members()) {
                if (!granted.containsKey(m.identity()) && granters.contains(m.grantedBy())
                        && (!m.identity().equals(m.grantedBy()) || m.identity().equals(team.founder()))
                        && IdentityKeys.verify(m.grantedBy(), m.signedGrant(id), m.grantSignature())) {
                    granted.put(m.identity(), m);
                    if (m.role() == TeamRole.ADMIN) {
                        granters.add(m.identity());
                    }
                    grew = true;
                }
            }
        }
        Map<TeamIdentity, TeamRows.Member> members = new LinkedHashMap<>();
        List<TeamRows.Member> rejected = new ArrayList<>();
        for (TeamRows.Member m : snapshot.members()) {
            boolean counts = granted.get(m.identity()) == m && m.generation() == team.generation()
                    && granters.contains(m.wrappedBy())
                    && IdentityKeys.verify(m.wrappedBy(), m.signedWrap(id), m.wrapSignature());
            if (counts) {
                members.put(m.identity(), m);
            } else {
                rejected.add(m);
            }
        }
        if (!isAdmin(team.signer(), members) || !IdentityKeys.verify(team.signer(), team.signed(), team.signature())) {
            throw new TeamException(TeamProblem.TAMPERED, link.name() + ": the team's row");
        }
        return new Membership(team, members, rejected);
    }

    TeamRows.Team team() {
        return team;
    }

    Optional<TeamRows.Member> member(TeamIdentity identity) {
        return Optional.ofNullable(members.get(identity));
    }

    List<TeamRows.Member> members() {
        return List.copyOf(members.values());
    }

    /** Member rows that do not verify: shown as a warning, never counted. */
    List<TeamRows.Member> rejected() {
        return rejected;
    }

    boolean isAdmin(TeamIdentity identity) {
        return isAdmin(identity, members);
    }

    private static boolean isAdmin(TeamIdentity identity, Map<TeamIdentity, TeamRows.Member> members) {
        TeamRows.Member m = members.get(identity);
        return m != null && m.role() == TeamRole.ADMIN;
    }
}
