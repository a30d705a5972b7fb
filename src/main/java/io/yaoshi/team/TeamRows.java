package io.yaoshi.team;

import java.util.List;
import java.util.UUID;

/** The rows of a team as the store keeps them: public keys, ciphertexts and signatures, nothing secret. */
final class TeamRows {

    private TeamRows() {
    }

    /** A team: its name and current key generation, signed by the founder or (after a re-key) by an admin. */
    record Team(UUID id, String name, int generation, TeamIdentity founder, TeamIdentity signer, byte[] signature) {
        byte[] signed() {
            return signedTeam(id, name, generation, founder, signer);
        }
    }

    /**
     * A member: the grant of their role, signed by an admin (the founder's by themselves), and the data key of a
     * generation wrapped for them, signed by the admin who wrapped it. A re-key replaces the wrap and keeps the grant.
     */
    record Member(TeamIdentity identity, TeamRole role, TeamIdentity grantedBy, byte[] grantSignature,
                  int generation, byte[] wrappedKey, TeamIdentity wrappedBy, byte[] wrapSignature) {
        byte[] signedGrant(UUID team) {
            return TeamRows.signedGrant(team, identity, role, grantedBy);
        }

        byte[] signedWrap(UUID team) {
            return TeamRows.signedWrap(team, identity, generation, wrappedKey, wrappedBy);
        }

        Member rewrapped(int newGeneration, byte[] newWrappedKey, TeamIdentity by, byte[] signature) {
            return new Member(identity, role, grantedBy, grantSignature, newGeneration, newWrappedKey, by, signature);
        }

        Member regranted(TeamIdentity by, byte[] signature) {
            return new Member(identity, role, by, signature, generation, wrappedKey, wrappedBy, wrapSignature);
        }
    }

    /**
     * One item at one version: its sealed box (empty once deleted), by its author. {@code change} orders the rows by
     * when the store last wrote them, so a refresh asks only for what changed.
     */
    record Item(UUID id, long version, int generation, byte[] box, TeamIdentity author, byte[] signature,
                long change) {
        boolean deleted() {
            return box.length == 0;
        }

        byte[] signed(UUID team) {
            return signedItem(team, id, version, generation, box, author);
        }
    }

    /** Everything of one team, read in one transaction. */
    record Snapshot(Team team, List<Member> members, List<Item> items) {
    }

    static byte[] signedTeam(UUID id, String name, int generation, TeamIdentity founder, TeamIdentity signer) {
        return SignedFields.of("yaoshi-team/team-v1").uuid(id).text(name).number(generation).identity(founder)
                .identity(signer).toBytes();
    }

    static byte[] signedGrant(UUID team, TeamIdentity identity, TeamRole role, TeamIdentity grantedBy) {
        return SignedFields.of("yaoshi-team/grant-v1").uuid(team).identity(identity).text(role.id())
                .identity(grantedBy).toBytes();
    }

    static byte[] signedWrap(UUID team, TeamIdentity identity, int generation, byte[] wrappedKey,
                             TeamIdentity wrappedBy) {
        return SignedFields.of("yaoshi-team/wrap-v1").uuid(team).identity(identity).number(generation)
                .digest(wrappedKey).identity(wrappedBy).toBytes();
    }

    static byte[] signedItem(UUID team, UUID id, long version, int generation, byte[] box, TeamIdentity author) {
        return SignedFields.of("yaoshi-team/item-v1").uuid(team).uuid(id).number(version).number(generation)
                .digest(box).identity(author).toBytes();
    }
}
