package io.yaoshi.team;

/** A member as shown: their identity, role, whether they founded the team, and whether it is this vault's owner. */
public record TeamMember(TeamIdentity identity, TeamRole role, boolean founder, boolean me) {
}
