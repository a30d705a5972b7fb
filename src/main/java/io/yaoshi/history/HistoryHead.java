package io.yaoshi.history;

import java.util.Arrays;

/**
 * The ends of the chain, kept in its own vault item and written with every append: the first entry still kept and
 * the hash it must name as its predecessor (all zeros at the very start, the last removed entry's after a cut), and
 * the last entry with its hash. Removing the last entry, or the first, no longer matches it.
 */
record HistoryHead(long firstSeq, byte[] firstPrevious, long lastSeq, byte[] lastHash) {

    static final int HASH_BYTES = 32;

    static HistoryHead empty() {
        return new HistoryHead(1, new byte[HASH_BYTES], 0, new byte[HASH_BYTES]);
    }

    boolean isEmpty() {
        return lastSeq < firstSeq;
    }

    HistoryHead extendedTo(long seq, byte[] hash) {
        return new HistoryHead(firstSeq, firstPrevious, seq, hash);
    }

    HistoryHead startingAt(long seq, byte[] previous) {
        return new HistoryHead(seq, previous, lastSeq, lastHash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HistoryHead head && firstSeq == head.firstSeq && lastSeq == head.lastSeq
                && Arrays.equals(firstPrevious, head.firstPrevious) && Arrays.equals(lastHash, head.lastHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(lastSeq);
    }
}
