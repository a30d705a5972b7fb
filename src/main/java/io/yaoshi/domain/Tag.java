package io.yaoshi.domain;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One tag of a key pair. The value may be empty (Aliyun allows {@code Tag.N.Value=}); never null. */
public record Tag(String key, String value) {

    public Tag {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    /** The tags as {@code key=value} pairs joined by commas, for the history. */
    public static String describe(List<Tag> tags) {
        return tags.stream().map(tag -> tag.key() + "=" + tag.value()).collect(Collectors.joining(", "));
    }
}
