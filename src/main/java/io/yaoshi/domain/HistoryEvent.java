package io.yaoshi.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to a key pair or a secret, as the service that did it tells the history: the action, the
 * key pair where there is one (id and name as they were), and details by name ({@code format}, {@code file},
 * {@code region}…). Details are words and numbers, never secret material.
 */
public record HistoryEvent(HistoryAction action, Optional<String> keyId, Optional<String> keyName,
                           Map<String, String> detail) {

    public HistoryEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(keyName, "keyName");
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    public static HistoryEvent of(HistoryAction action) {
        return new HistoryEvent(action, Optional.empty(), Optional.empty(), Map.of());
    }

    /** The same event about {@code key}. */
    public HistoryEvent about(KeyPairRecord key) {
        return about(key.id(), key.name());
    }

    public HistoryEvent about(KeyId id, String name) {
        return new HistoryEvent(action, Optional.of(id.value()), Optional.of(name), detail);
    }

    /** The same event with one more detail; a null value leaves it out. */
    public HistoryEvent with(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(detail);
        more.put(name, String.valueOf(value));
        return new HistoryEvent(action, keyId, keyName, more);
    }
}
