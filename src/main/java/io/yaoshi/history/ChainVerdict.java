package io.yaoshi.history;

import java.util.List;

/** What a check of the whole history found: how many entries it holds and every place the chain breaks. */
public record ChainVerdict(int entries, List<ChainBreak> breaks) {

    public ChainVerdict {
        breaks = List.copyOf(breaks);
    }

    public boolean intact() {
        return breaks.isEmpty();
    }
}
