package io.yaoshi.vault;

import java.time.Duration;
import java.util.function.ToLongFunction;

/**
 * Picks Argon2id parameters that take about 0.7 s on this machine: times the floor several times, takes the quickest
 * run as the machine's own speed (other load only ever adds time, so a vault made on a busy machine no longer keeps
 * the floor), and raises t, which time grows linearly with. A machine slower than that keeps the floor: the floor
 * always wins over speed.
 */
final class KdfCalibrator {

    private static final long AIM_NANOS = Duration.ofMillis(700).toNanos();
    /** The first run also pays for JIT compilation and page faults; five runs cost about 1 s at the floor. */
    static final int MEASUREMENTS = 5;

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
        long quickest = Long.MAX_VALUE;
        for (int run = 0; run < MEASUREMENTS; run++) {
            quickest = Math.min(quickest, nanosToDerive.applyAsLong(floor));
        }
        double nanosPerPass = Math.max(quickest, 1) / (double) floor.iterations();
        int iterations = (int) Math.ceil(AIM_NANOS / nanosPerPass);
        return floor.withIterations(Math.min(Math.max(iterations, floor.iterations()), KdfParameters.MAX_ITERATIONS));
    }
}
