package io.yaoshi.agent;

import java.time.Duration;
import java.util.Objects;

/**
 * What a prompt says: the key, what it would sign (a login to a host, or an {@code SSHSIG} namespace), and whether the
 * request came through agent forwarding.
 */
public record ApprovalRequest(OfferedKey key, SignedData what, boolean forwarded, Duration timeout) {

    public ApprovalRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(timeout, "timeout");
    }
}
