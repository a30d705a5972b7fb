package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Tag;
import io.yaoshi.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The index only narrows candidates: whatever the key pairs and the filter, it answers exactly as the filter. */
class KeyPairIndexTest {

    private static final List<String> WORDS = List.of("web", "Web", "WEB", "db", "prod", "İstanbul", "ı", "密钥", "ß",
            "-", "01", "");

    @Provide
    Arbitrary<KeyPairRecord> keys() {
        Arbitrary<String> name = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3).map(w -> String.join("", w))
                .filter(s -> !s.isEmpty());
        Arbitrary<Placement> placement = Arbitraries.of(Placement.local(), Placement.aliyun("cn-hangzhou", ""),
                Placement.aliyun("cn-beijing", ""), Placement.ucloud("cn-bj2", "", ""));
        Arbitrary<List<Tag>> tags = Combinators.combine(Arbitraries.of("env", "team", "Env"),
                Arbitraries.of("prod", "dev", "", "PROD")).as(Tag::new).list().ofMaxSize(3)
                .map(list -> list.stream().collect(java.util.stream.Collectors.toMap(Tag::key, t -> t, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList());
        return Combinators.combine(name, placement, tags).as(Fixtures::record);
    }

    @Provide
    Arbitrary<KeyPairFilter> filters() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of("EB", "i", "I", "SS", "钥"));
        Arbitrary<Optional<ProviderId>> provider = Arbitraries.of(ProviderId.class).optional();
        Arbitrary<String> region = Arbitraries.of("", "cn-hangzhou", "cn-bj2", "nowhere");
        Arbitrary<List<KeyPairFilter.TagFilter>> tags = Arbitraries.of("env", "env=prod", "env=", "team=dev",
                "Env=PROD", "missing").map(KeyPairFilter.TagFilter::parse).list().ofMaxSize(2);
        return Combinators.combine(name, provider, region, tags).as(KeyPairFilter::new);
    }

    @Property(tries = 300)
    void answersExactlyAsTheFilter(@ForAll("keysList") List<KeyPairRecord> keys, @ForAll("filters") KeyPairFilter f) {
        KeyPairIndex index = new KeyPairIndex();
        keys.forEach(index::put);
        assertEquals(keys.stream().filter(f::matches).toList(), index.matching(f));
    }

    @Provide
    Arbitrary<List<KeyPairRecord>> keysList() {
        return keys().list().ofMaxSize(40);
    }

    @Test
    void replacingAndRemovingKeepsOrderAndLookupsCurrent() {
        KeyPairIndex index = new KeyPairIndex();
        KeyPairRecord a = Fixtures.record("alpha", Placement.local(), List.of(new Tag("env", "prod")));
        KeyPairRecord b = Fixtures.record("beta", Placement.local(), List.of());
        KeyPairRecord c = Fixtures.record("gamma", Placement.local(), List.of());
        List.of(a, b, c).forEach(index::put);
        KeyPairFilter prod = new KeyPairFilter("", Optional.empty(), "",
                List.of(KeyPairFilter.TagFilter.parse("env=prod")));
        assertEquals(List.of(a), index.matching(prod));

        index.put(b.withTags(List.of(new Tag("env", "prod"))));
        index.remove(a.id());

        assertEquals(List.of("beta"), names(index.matching(prod)));
        assertEquals(List.of("beta", "gamma"), names(index.matching(KeyPairFilter.ALL)));
        assertEquals(Optional.empty(), index.get(a.id()));
        assertEquals("gamma", index.get(c.id()).orElseThrow().name());
    }

    private static List<String> names(List<KeyPairRecord> records) {
        return new ArrayList<>(records.stream().map(KeyPairRecord::name).toList());
    }
}
