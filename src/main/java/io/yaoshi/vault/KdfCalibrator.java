package io.yaoshi.vault;

import java.time.Duration;
import java.util.function.ToLongFunction;

/**
 * Picks Argon2id parameters that take about 0.5–1 s on this machine: starts at the floor and raises t (time grows
 * linearly with it) until a derivation lands in range. A machine slower than the range keeps the floor: the floor
 * always wins over speed.
 */
final class KdfCalibrator {

    static final Duration FASTEST = Duration.ofMillis(500);
    static final Duration SLOWEST = Duration.ofMillis(1000);
    private static final long AIM_NANOS = Duration.ofMillis(700).toNanos();
    private static final int MAX_ROUNDS = 4;

    private final ToLongFunction<KdfParameters> nanosToDerive;

    /** {@code nanosToDerive} times one derivation; tests pass a model of a machine. */
    KdfCalibrator(ToLongFunction<KdfParameters> nanosToDerive) {
        this.nanosToDerive = nanosToDerive;
    }

    /** Times real Bouncy Castle derivations with a throwaway password and salt. */
    static KdfCalibrator onThisMachine() {
        return new KdfCalibrator(parameters -> {
            long start = System.nanoTime();
            Argon2id.derive(new byte[16], new byte[16], parameters);
            return System.nanoTime() - start;
        });
    }

    KdfParameters calibrate(KdfParameters floor) {
        KdfParameters parameters = floor;
        // the first run also pays for JIT compilation: take the better of two
        long nanos = Math.min(nanosToDerive.applyAsLong(parameters), nanosToDerive.applyAsLong(parameters));
        for (int round = 0; round < MAX_ROUNDS && nanos < FASTEST.toNanos(); round++) {
            int iterations = (int) Math.ceil(parameters.iterations() * (double) AIM_NANOS / Math.max(nanos, 1));
            parameters = parameters.withIterations(Math.max(iterations, parameters.iterations() + 1));
            nanos = nanosToDerive.applyAsLong(parameters);
        }
        return parameters;
    }
}
