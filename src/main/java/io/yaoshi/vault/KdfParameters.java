package io.yaoshi.vault;

/**
 * Argon2id cost parameters, stored in the vault header so that each vault can be opened with the cost it was
 * created with.
 *
 * @param memoryKiB   memory in KiB (m)
 * @param iterations  passes over the memory (t)
 * @param parallelism lanes (p); Bouncy Castle computes lanes one after another, so p above 1 only adds time here
 */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {

    /** The weakest parameters a production vault may be created with: m = 64 MiB, t = 3, p = 1. */
    public static final KdfParameters FLOOR = new KdfParameters(64 * 1024, 3, 1);

    /** Upper bounds, so that a hostile header cannot make unlocking exhaust memory or run for hours. */
    static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;
    static final int MAX_ITERATIONS = 1000;

    public KdfParameters {
        if (parallelism < 1 || parallelism > 255 || memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB
                || iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("invalid Argon2id parameters m=" + memoryKiB + " t=" + iterations
                    + " p=" + parallelism);
        }
    }

    /** Whether every cost is at least the {@link #FLOOR}'s. */
    public boolean meetsFloor() {
        return memoryKiB >= FLOOR.memoryKiB && iterations >= FLOOR.iterations && parallelism >= FLOOR.parallelism;
    }

    /** In Argon2's own notation, as the history and the logs show it: {@code argon2id m=65536 t=3 p=1}. */
    @Override
    public String toString() {
        return "argon2id m=" + memoryKiB + " t=" + iterations + " p=" + parallelism;
    }

    KdfParameters withIterations(int t) {
        return new KdfParameters(memoryKiB, t, parallelism);
    }
}
