package io.yaoshi.agent;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a prompt says: the key, what it would sign (a login, or an {@code SSHSIG} namespace), where a login goes, and
 * whether the request came through agent forwarding.
 */
public record ApprovalRequest(OfferedKey key, SignedData what, Optional<Destination> destination, boolean forwarded,
                              Duration timeout) {

    public ApprovalRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(timeout, "timeout");
    }
}
