package io.yaoshi.team;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a member may do: an admin adds and removes members, and does what a member does (use and add key pairs). */
public enum TeamRole {
    ADMIN,
    MEMBER;

    /** The role as stored and typed: {@code admin}, {@code member}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TeamRole> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }
}
