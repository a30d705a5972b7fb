package io.yaoshi.vault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Remembers the last vault operation and says when the vault has been idle for too long. With a scheduler in the
 * options it also runs a periodic check while the vault is unlocked, so an untouched vault locks on time.
 */
final class IdleTimer {

    private final VaultOptions options;
    private final Clock clock;
    private Instant lastActivity;
    private ScheduledFuture<?> check;

    IdleTimer(VaultOptions options) {
        this.options = options;
        this.clock = options.clock();
        this.lastActivity = clock.instant();
    }

    /** Starts counting from now and, if a scheduler is configured, runs {@code lockIfIdle} periodically. */
    void start(Runnable lockIfIdle) {
        stop();
        touch();
        if (enabled()) {
            long period = options.idleCheckPeriod().toMillis();
            check = options.idleScheduler()
                    .map(scheduler -> scheduler.scheduleWithFixedDelay(lockIfIdle, period, period,
                            TimeUnit.MILLISECONDS))
                    .orElse(null);
        }
    }

    void stop() {
        if (check != null) {
            check.cancel(false);
            check = null;
        }
    }

    void touch() {
        lastActivity = clock.instant();
    }

    boolean expired() {
        return enabled() && !clock.instant().isBefore(lastActivity.plus(options.idleTimeout()));
    }

    /** A zero or negative timeout never expires. */
    private boolean enabled() {
        return options.idleTimeout().compareTo(Duration.ZERO) > 0;
    }
}
