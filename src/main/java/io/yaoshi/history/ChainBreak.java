package io.yaoshi.history;

/** One place where the history's chain does not hold, by the entry number ({@code seq}) where it was found. */
public record ChainBreak(long seq, Problem problem) {

    public enum Problem {
        /** Entries exist but the head that seals the chain's ends is gone. */
        HEAD_MISSING,
        /** The chain should hold this entry and does not: removed, or damaged beyond reading. */
        MISSING,
        /** Two entries claim this place. */
        DUPLICATE,
        /** This entry does not name the one before it: one of the two was changed, or entries were reordered. */
        BROKEN_LINK,
        /** The last entry is not the one the head sealed: it was changed or replaced. */
        LAST_CHANGED,
        /** An entry outside the sealed ends: added, or the head was put back to an older state. */
        OUTSIDE,
        /** Entries that decrypted but do not read as entries (counted at place 0). */
        UNREADABLE
    }

    /** The stable code that {@code yaoshi audit verify --json} prints. */
    public String code() {
        return problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
