package io.yaoshi.ui.main;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** The window's auto-lock: when the user last did something, and whether they have been idle for too long. */
public final class AutoLock {

    private final Clock clock;
    private final Supplier<Duration> after;
    private Instant lastActivity;

    /** @param after the auto-lock time, read at each check so a new preference applies at once; zero never locks */
    public AutoLock(Clock clock, Supplier<Duration> after) {
        this.clock = clock;
        this.after = after;
        this.lastActivity = clock.instant();
    }

    void userActive() {
        lastActivity = clock.instant();
    }

    /** The auto-lock time, when the user has been idle for that long now. */
    Optional<Duration> expired() {
        Duration limit = after.get();
        boolean idleTooLong = !limit.isZero() && Duration.between(lastActivity, clock.instant()).compareTo(limit) >= 0;
        return idleTooLong ? Optional.of(limit) : Optional.empty();
    }
}
