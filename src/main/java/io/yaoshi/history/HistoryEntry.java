package io.yaoshi.history;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of the history as stored: its place in the chain ({@code seq}), when, the action's code (an action from
 * a newer version keeps its code), the key pair's id and name at the time where there was one, the details, the hash
 * of the entry before it ({@code previous}) and its own ({@code hash}, over its stored bytes).
 */
public record HistoryEntry(UUID itemId, long seq, Instant time, String action, Optional<String> keyId,
                           Optional<String> keyName, Map<String, String> detail, byte[] previous, byte[] hash) {

    public HistoryEntry {
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail)); // in the order recorded
    }
}
