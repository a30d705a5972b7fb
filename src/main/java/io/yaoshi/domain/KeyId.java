package io.yaoshi.domain;

import java.util.Objects;
import java.util.UUID;

/** Yaoshi's own id of a key pair, independent of any provider's id. */
public record KeyId(String value) {

    public KeyId {
        Objects.requireNonNull(value, "value");
    }

    public static KeyId random() {
        return new KeyId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
