package io.yaoshi.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which key pairs to list: every condition given must hold. An empty name matches all; a tag filter is a key
 * alone ({@code env}: the key is present) or key and value ({@code env=prod}: exactly that value).
 */
public record KeyPairFilter(String nameContains, Optional<ProviderId> provider, String region,
                            List<TagFilter> tags) {

    /** One tag condition; an empty value means "any value". */
    public record TagFilter(String key, Optional<String> value) {

        /** Parses {@code KEY} or {@code KEY=VALUE} (the value may itself contain '='). */
        public static TagFilter parse(String text) {
            int eq = text.indexOf('=');
            return eq < 0 ? new TagFilter(text, Optional.empty())
                    : new TagFilter(text.substring(0, eq), Optional.of(text.substring(eq + 1)));
        }

        boolean matches(List<Tag> tags) {
            return tags.stream().anyMatch(t -> t.key().equals(key) && value.map(t.value()::equals).orElse(true));
        }
    }

    public static final KeyPairFilter ALL = new KeyPairFilter("", Optional.empty(), "", List.of());

    public KeyPairFilter {
        nameContains = nameContains == null ? "" : nameContains;
        region = region == null ? "" : region;
        tags = List.copyOf(tags);
    }

    /** Name matching ignores case (in the root locale), so "prod" finds "Prod-01"; all else is exact. */
    public boolean matches(KeyPairRecord key) {
        return (nameContains.isEmpty()
                        || key.name().toLowerCase(Locale.ROOT).contains(nameContains.toLowerCase(Locale.ROOT)))
                && provider.map(p -> p == key.provider()).orElse(true)
                && (region.isEmpty() || region.equals(key.placement().region()))
                && tags.stream().allMatch(f -> f.matches(key.tags()));
    }
}
