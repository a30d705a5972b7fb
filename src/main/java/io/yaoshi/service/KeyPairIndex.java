package io.yaoshi.service;

import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unlocked key pairs in storage order, with what filtering 100,000 of them in a few milliseconds needs: bit sets
 * per provider, region, tag key and tag key=value, and every name case-folded into one character array, so a filter
 * touches no record until it knows it matches. The lookups are rebuilt lazily after a change. They only narrow the
 * candidates: each candidate is still checked with {@link KeyPairFilter#matches}, so the result is exactly the
 * filter's.
 */
final class KeyPairIndex {

    private static final char NAME_END = '\n';

    private final List<KeyPairRecord> records = new ArrayList<>();
    private final Map<KeyId, Integer> positions = new HashMap<>();
    private boolean stale = true;
    private Lookups lookups;

    /** The derived lookups over {@link #records} as they were when built. */
    private record Lookups(Map<ProviderId, BitSet> providers, Map<String, BitSet> regions,
                           Map<String, BitSet> tagKeys, Map<String, BitSet> tagPairs, char[] names, int[] nameStarts) {
    }

    void put(KeyPairRecord record) {
        Integer position = positions.get(record.id());
        if (position == null) {
            positions.put(record.id(), records.size());
            records.add(record);
        } else {
            records.set(position, record);
        }
        stale = true;
    }

    void remove(KeyId id) {
        Integer position = positions.remove(id);
        if (position != null) {
            records.remove((int) position);
            for (int i = position; i < records.size(); i++) {
                positions.put(records.get(i).id(), i);
            }
            stale = true;
        }
    }

    void clear() {
        records.clear();
        positions.clear();
        lookups = null;
        stale = true;
    }

    int size() {
        return records.size();
    }

    Optional<KeyPairRecord> get(KeyId id) {
        Integer position = positions.get(id);
        return position == null ? Optional.empty() : Optional.of(records.get(position));
    }

    List<KeyPairRecord> matching(KeyPairFilter filter) {
        if (stale) {
            lookups = build();
            stale = false;
        }
        BitSet candidates = new BitSet(records.size());
        candidates.set(0, records.size());
        filter.provider().ifPresent(p -> candidates.and(lookups.providers().getOrDefault(p, new BitSet())));
        if (!filter.region().isEmpty()) {
            candidates.and(lookups.regions().getOrDefault(filter.region(), new BitSet()));
        }
        for (KeyPairFilter.TagFilter tag : filter.tags()) {
            BitSet withTag = tag.value().map(v -> lookups.tagPairs().get(pair(tag.key(), v)))
                    .orElseGet(() -> lookups.tagKeys().get(tag.key()));
            candidates.and(withTag == null ? new BitSet() : withTag);
        }
        if (!filter.nameContains().isEmpty() && !candidates.isEmpty()) {
            candidates.and(namesContaining(fold(filter.nameContains())));
        }
        List<KeyPairRecord> result = new ArrayList<>(candidates.cardinality());
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            KeyPairRecord record = records.get(i);
            if (filter.matches(record)) {
                result.add(record);
            }
        }
        return result;
    }

    private Lookups build() {
        Map<ProviderId, BitSet> providers = new HashMap<>();
        Map<String, BitSet> regions = new HashMap<>();
        Map<String, BitSet> tagKeys = new HashMap<>();
        Map<String, BitSet> tagPairs = new HashMap<>();
        StringBuilder names = new StringBuilder();
        int[] nameStarts = new int[records.size()];
        for (int i = 0; i < records.size(); i++) {
            KeyPairRecord r = records.get(i);
            providers.computeIfAbsent(r.provider(), p -> new BitSet()).set(i);
            regions.computeIfAbsent(r.placement().region(), p -> new BitSet()).set(i);
            for (Tag t : r.tags()) {
                tagKeys.computeIfAbsent(t.key(), k -> new BitSet()).set(i);
                tagPairs.computeIfAbsent(pair(t.key(), t.value()), k -> new BitSet()).set(i);
            }
            nameStarts[i] = names.length();
            names.append(fold(r.name())).append(NAME_END);
        }
        return new Lookups(providers, regions, tagKeys, tagPairs, names.toString().toCharArray(), nameStarts);
    }

    /** The records whose folded name contains {@code needle}, found by one scan of the packed names. */
    private BitSet namesContaining(String needle) {
        char[] names = lookups.names();
        int[] starts = lookups.nameStarts();
        BitSet hits = new BitSet(records.size());
        int length = needle.length();
        int last = names.length - length;
        for (int at = 0; at <= last; at++) {
            int k = 0;
            while (k < length && names[at + k] == needle.charAt(k)) {
                k++;
            }
            if (k == length) {
                int record = Arrays.binarySearch(starts, at);
                hits.set(record >= 0 ? record : -record - 2);
            }
        }
        return hits;
    }

    /** Case folding as {@link String#regionMatches(boolean, int, String, int, int)} compares, char by char. */
    private static String fold(String s) {
        char[] folded = new char[s.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        }
        return new String(folded);
    }

    private static String pair(String key, String value) {
        return key + '\u0000' + value;
    }
}
