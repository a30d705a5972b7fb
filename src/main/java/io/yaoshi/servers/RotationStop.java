package io.yaoshi.servers;

import java.util.List;

/**
 * Why a rotation stopped before its end, with the servers concerned; its journal keeps where it is, and running it
 * again resumes there.
 */
public record RotationStop(Reason reason, List<String> servers) {

    public enum Reason {
        /** Some servers did not take the new key pair (their codes are in the journal). */
        BINDING_INCOMPLETE,
        /** A server refused a login with the new key pair: the old one is kept at the cloud. */
        LOGIN_REFUSED,
        /** Servers still hold the old key pair, so its cloud would refuse to delete it. */
        OLD_STILL_BOUND
    }

    public RotationStop {
        servers = List.copyOf(servers);
    }
}
