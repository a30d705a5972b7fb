package io.yaoshi.domain;

import java.util.List;
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
            for (Tag t : tags) {
                if (t.key().equals(key) && (value.isEmpty() || value.get().equals(t.value()))) {
                    return true;
                }
            }
            return false;
        }
    }

    public static final KeyPairFilter ALL = new KeyPairFilter("", Optional.empty(), "", List.of());

    public KeyPairFilter {
        nameContains = nameContains == null ? "" : nameContains;
        region = region == null ? "" : region;
        tags = List.copyOf(tags);
    }

    /** Name matching ignores case, so "prod" finds "Prod-01"; all else is exact. */
    public boolean matches(KeyPairRecord key) {
        if (provider.isPresent() && provider.get() != key.provider()) {
            return false;
        }
        if (!region.isEmpty() && !region.equals(key.placement().region())) {
            return false;
        }
        if (!nameContains.isEmpty() && !containsIgnoringCase(key.name(), nameContains)) {
            return false;
        }
        for (TagFilter f : tags) {
            if (!f.matches(key.tags())) {
                return false;
            }
        }
        return true;
    }

    /** A substring test without lower-casing (and so allocating) every name of a 100,000-row list. */
    private static boolean containsIgnoringCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }
}
