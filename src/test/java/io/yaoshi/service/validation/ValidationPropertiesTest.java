package io.yaoshi.service.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Tag;
import io.yaoshi.i18n.Messages;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, the rules give a verdict (never an exception) that both languages can explain. */
class ValidationPropertiesTest {

    private static final KeyPairRules RULES = KeyPairRules.withBundledRegions();
    private static final List<Messages> LANGUAGES =
            List.of(Messages.forLocale(Locale.ENGLISH), Messages.forLocale(Locale.SIMPLIFIED_CHINESE));

    @Provide
    Arbitrary<String> anyText() {
        // every code point, surrogate halves and controls included, with a bias towards the interesting ones
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(140),
                Arbitraries.strings().withChars("aA1:_-.：/ 钥😀\u0000\t").ofMaxLength(140),
                Arbitraries.of("http://", "https://", "aliyun", "acs:", "Http://x", ""));
    }

    @Provide
    Arbitrary<List<String>> tagParts() {
        return anyText().list().ofMaxSize(44);
    }

    @Property(tries = 500)
    void anyRequestGetsAVerdictThatBothLanguagesCanExplain(
            @ForAll ProviderId provider, @ForAll("anyText") String name, @ForAll("anyText") String region,
            @ForAll("anyText") String zone, @ForAll("anyText") String group,
            @ForAll("tagParts") List<String> tagParts,
            @ForAll KeyAlgorithm algorithm, @ForAll CreateMode mode) {
        List<Tag> tags = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < tagParts.size(); i += 2) {
            tags.add(new Tag(tagParts.get(i), tagParts.get(i + 1)));
        }
        var spec = new KeyPairSpec(new Placement(provider, region, zone, zone, group), name, tags, algorithm, mode);

        Validation verdict = RULES.validateNew(spec, List.of(new KeyPairRules.Existing(spec.placement(), name)));

        for (ValidationError error : verdict.errors()) {
            assertTrue(!error.code().isBlank());
            for (Messages messages : LANGUAGES) {
                assertTrue(!messages.format(error.messageKey(), error.args().toArray()).isBlank(),
                        error.messageKey() + " has no text in " + messages.locale());
            }
        }
        assertTrue(!verdict.isValid(), "an existing name is always taken");
    }
}
