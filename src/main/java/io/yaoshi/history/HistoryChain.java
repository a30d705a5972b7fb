package io.yaoshi.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks the history's entries against each other and against the head: every place from the first kept entry to the
 * last is held by exactly one entry, each names the hash of the one before it, the first names what the head says it
 * follows and the last hashes to what the head sealed. So removing any entry (the last or the first included),
 * reordering entries or changing one is found, and said where.
 */
final class HistoryChain {

    private HistoryChain() {
    }

    static ChainVerdict verify(List<HistoryEntry> entries, Optional<HistoryHead> head, int unreadable) {
        List<ChainBreak> breaks = new ArrayList<>();
        if (unreadable > 0) {
            breaks.add(new ChainBreak(0, ChainBreak.Problem.UNREADABLE));
        }
        TreeMap<Long, List<HistoryEntry>> bySeq = new TreeMap<>();
        entries.forEach(entry -> bySeq.computeIfAbsent(entry.seq(), seq -> new ArrayList<>()).add(entry));
        if (head.isEmpty()) {
            if (!bySeq.isEmpty()) {
                breaks.add(new ChainBreak(bySeq.lastKey(), ChainBreak.Problem.HEAD_MISSING));
            }
            return new ChainVerdict(entries.size(), breaks);
        }
        HistoryHead ends = head.get();
        bySeq.headMap(ends.firstSeq()).keySet().forEach(seq -> breaks.add(new ChainBreak(seq,
                ChainBreak.Problem.OUTSIDE)));
        byte[] expectedPrevious = ends.firstPrevious();
        for (long seq = ends.firstSeq(); seq <= ends.lastSeq(); seq++) {
            List<HistoryEntry> here = bySeq.getOrDefault(seq, List.of());
            if (here.size() != 1) {
                breaks.add(new ChainBreak(seq, here.isEmpty() ? ChainBreak.Problem.MISSING
                        : ChainBreak.Problem.DUPLICATE));
                expectedPrevious = null; // unknown: the next entry cannot be judged by this one
                continue;
            }
            HistoryEntry entry = here.get(0);
            if (expectedPrevious != null && !Arrays.equals(entry.previous(), expectedPrevious)) {
                breaks.add(new ChainBreak(seq, ChainBreak.Problem.BROKEN_LINK));
            }
            expectedPrevious = entry.hash();
            if (seq == ends.lastSeq() && !Arrays.equals(entry.hash(), ends.lastHash())) {
                breaks.add(new ChainBreak(seq, ChainBreak.Problem.LAST_CHANGED));
            }
        }
        for (Map.Entry<Long, List<HistoryEntry>> after : bySeq.tailMap(ends.lastSeq(), false).entrySet()) {
            breaks.add(new ChainBreak(after.getKey(), ChainBreak.Problem.OUTSIDE));
        }
        return new ChainVerdict(entries.size(), breaks);
    }
}
