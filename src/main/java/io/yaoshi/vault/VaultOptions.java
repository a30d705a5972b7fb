package io.yaoshi.vault;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Vault} behaves: its KDF policy, the idle time after which it locks itself, and the clock and randomness
 * it uses (injectable, so tests can fake time and stay fast).
 *
 * @param kdf         Argon2id parameters for new keys; {@link KdfPolicy#calibrated()} in production
 * @param idleTimeout an idle vault locks at its next operation after this long; zero never locks
 * @param clock       measures idle time and dates an alteration of the vault
 * @param random      salts, nonces, data key and vault id
 */
public record VaultOptions(KdfPolicy kdf, Duration idleTimeout, Clock clock, SecureRandom random) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);

    public VaultOptions {
        Objects.requireNonNull(kdf, "kdf");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
    }

    /** Production: calibrated Argon2id (never below the floor), five minutes idle, system clock. */
    public static VaultOptions defaults() {
        return new VaultOptions(KdfPolicy.calibrated(), DEFAULT_IDLE_TIMEOUT, Clock.systemUTC(), new SecureRandom());
    }

    public VaultOptions withKdf(KdfPolicy policy) {
        return new VaultOptions(policy, idleTimeout, clock, random);
    }

    public VaultOptions withIdleTimeout(Duration timeout) {
        return new VaultOptions(kdf, timeout, clock, random);
    }

    public VaultOptions withClock(Clock newClock) {
        return new VaultOptions(kdf, idleTimeout, newClock, random);
    }
}
