package io.yaoshi.team;

/** Why a team operation was refused; each has its sentence in the bundles ({@code team.problem.<name>}). */
public enum TeamProblem {
    /** The store does not answer (down, wrong address, network, time-out): the personal vault keeps working. */
    UNREACHABLE,
    /** The store refused a request for a reason of its own (permissions, a full disk): its SQLSTATE is said. */
    REFUSED,
    /** TLS was asked for and the server did not prove who it is (its certificate does not verify): nothing was sent. */
    UNTRUSTED,
    /** The store refused the login (wrong user or password, or a password is needed and none was given). */
    AUTHENTICATION,
    /** The store's schema is newer than this version of Yaoshi knows: nothing is written. */
    NEWER_SCHEMA,
    /** No team of that name in the store, or this vault is not linked to a team of that name. */
    NO_SUCH_TEAM,
    /** A team name is 1 to 64 characters, no control characters, no spaces around it. */
    NAME_INVALID,
    /** A team of that name exists already (in the store, or among this vault's teams). */
    NAME_TAKEN,
    /** The store has no membership for this vault's identity. */
    NOT_A_MEMBER,
    /** Only an admin adds or removes members. */
    NOT_ADMIN,
    /** Adding someone who is a member already. */
    ALREADY_MEMBER,
    /** Removing someone who is not a member. */
    NO_SUCH_MEMBER,
    /** The founder cannot be removed: the team's membership is signed from the founding entry. */
    FOUNDER,
    /** The member to remove granted your own admin role: the founder (or another admin) removes them. */
    GRANTED_BY,
    /** Someone else changed the same rows meanwhile; nothing was written, the view was read again. */
    CONFLICT,
    /** A row does not verify (altered ciphertext or signature, unknown author, or an older state than seen). */
    TAMPERED
}
