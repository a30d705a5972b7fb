package io.yaoshi.domain;

import java.util.Objects;

/** One tag of a key pair. The value may be empty (Aliyun allows {@code Tag.N.Value=}); never null. */
public record Tag(String key, String value) {

    public Tag {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
