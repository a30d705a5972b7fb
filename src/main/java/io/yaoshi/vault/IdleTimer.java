package io.yaoshi.vault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers the last vault operation and says when the vault has been idle for too long; the vault then locks at its
 * next operation. (The desktop app locks on the user's inactivity instead, and gives the vault no timeout.)
 */
final class IdleTimer {

    private final Duration timeout;
    private final Clock clock;
    private Instant lastActivity;

    IdleTimer(VaultOptions options) {
        this.timeout = options.idleTimeout();
        this.clock = options.clock();
        this.lastActivity = clock.instant();
    }

    void touch() {
        lastActivity = clock.instant();
    }

    boolean expired() {
        return enabled() && !clock.instant().isBefore(lastActivity.plus(timeout));
    }

    /** A zero or negative timeout never expires. */
    private boolean enabled() {
        return timeout.compareTo(Duration.ZERO) > 0;
    }
}
