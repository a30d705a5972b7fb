package io.yaoshi.history;

import java.time.Duration;

/**
 * How much history is kept: at most {@code keepEntries} entries and none older than {@code keepDays} days; 0 means
 * no limit of that kind. What a cut removes is itself recorded.
 */
public record Retention(int keepEntries, int keepDays) {

    public static final int DEFAULT_ENTRIES = 20_000;

    public Retention {
        if (keepEntries < 0 || keepDays < 0) {
            throw new IllegalArgumentException("a retention limit cannot be negative");
        }
    }

    public static Retention defaults() {
        return new Retention(DEFAULT_ENTRIES, 0);
    }

    Duration maxAge() {
        return Duration.ofDays(keepDays);
    }
}
