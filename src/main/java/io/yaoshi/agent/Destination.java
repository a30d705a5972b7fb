package io.yaoshi.agent;

import java.util.Objects;
import java.util.Optional;

/**
 * The server a login goes to, known by the host key its session was bound to: that key's fingerprint and what the
 * user's {@code known_hosts} says of it — a name, "known but hashed", or nothing (a host never seen, or revoked).
 */
public record Destination(String fingerprint, Optional<String> name, boolean known) {

    public Destination {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(name, "name");
        if (name.isPresent() && !known) {
            throw new IllegalArgumentException("a named destination is a known one");
        }
    }
}
