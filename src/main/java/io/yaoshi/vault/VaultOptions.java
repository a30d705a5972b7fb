package io.yaoshi.vault;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * How a {@link Vault} behaves: its KDF policy, the idle time after which it locks itself, and the clock, randomness and
 * scheduler it uses (all injectable, so tests can fake time and stay fast).
 *
 * @param kdf             Argon2id parameters for new keys; {@link KdfPolicy#calibrated()} in production
 * @param idleTimeout     auto-lock after this long without an operation; zero never locks
 * @param clock           measures idle time
 * @param random          salts, nonces, data key and vault id
 * @param idleScheduler   if present, checks every {@code idleCheckPeriod} and locks an idle vault even when nobody
 *                        calls it; without it, an idle vault locks at its next operation
 * @param idleCheckPeriod how often the scheduler checks
 */
public record VaultOptions(KdfPolicy kdf, Duration idleTimeout, Clock clock, SecureRandom random,
                           Optional<ScheduledExecutorService> idleScheduler, Duration idleCheckPeriod) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);

    public VaultOptions {
        Objects.requireNonNull(kdf, "kdf");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(idleScheduler, "idleScheduler");
        if (idleCheckPeriod.compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException("idleCheckPeriod must be positive");
        }
    }

    /** Production: calibrated Argon2id (never below the floor), five minutes idle, system clock, no scheduler. */
    public static VaultOptions defaults() {
        return new VaultOptions(KdfPolicy.calibrated(), DEFAULT_IDLE_TIMEOUT, Clock.systemUTC(), new SecureRandom(),
                Optional.empty(), Duration.ofSeconds(5));
    }

    public VaultOptions withKdf(KdfPolicy policy) {
        return new VaultOptions(policy, idleTimeout, clock, random, idleScheduler, idleCheckPeriod);
    }

    public VaultOptions withIdleTimeout(Duration timeout) {
        return new VaultOptions(kdf, timeout, clock, random, idleScheduler, idleCheckPeriod);
    }

    public VaultOptions withClock(Clock newClock) {
        return new VaultOptions(kdf, idleTimeout, newClock, random, idleScheduler, idleCheckPeriod);
    }

    public VaultOptions withRandom(SecureRandom newRandom) {
        return new VaultOptions(kdf, idleTimeout, clock, newRandom, idleScheduler, idleCheckPeriod);
    }

    public VaultOptions withIdleScheduler(ScheduledExecutorService scheduler, Duration period) {
        return new VaultOptions(kdf, idleTimeout, clock, random, Optional.of(scheduler), period);
    }
}
