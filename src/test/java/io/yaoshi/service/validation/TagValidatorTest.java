package io.yaoshi.service.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yaoshi.domain.Tag;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagValidatorTest {

    private final TagValidator validator = new TagValidator();

    private List<String> problems(List<Tag> tags) {
        return validator.validate(tags).errors().stream()
                .map(e -> e.field() + "[" + e.index() + "] " + e.code() + "/" + e.problem()).toList();
    }

    @Test
    void theDocumentsExampleIsValid() {
        assertEquals(List.of(), problems(List.of(new Tag("FinanceDept", "FinanceDept.Joshua"))));
    }

    @Test
    void anEmptyValueIsAllowed() {
        assertEquals(List.of(), problems(List.of(new Tag("env", ""))));
    }

    @Test
    void twentyTagsAreAllowedAndTwentyOneAreNot() {
        List<Tag> twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> new Tag("k" + i, "v")).toList();
        List<Tag> twentyOne = IntStream.rangeClosed(1, 21).mapToObj(i -> new Tag("k" + i, "v")).toList();
        assertEquals(List.of(), problems(twenty));
        assertEquals(List.of("TAGS[-1] QuotaExceed.Tags/TOO_MANY"), problems(twentyOne));
    }

    @ParameterizedTest(name = "key \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "|TAG_KEY[0] InvalidTagKey.Malformed/EMPTY",
        "aliyunX|TAG_KEY[0] InvalidTagKey.Malformed/RESERVED_PREFIX",
        "acs:x|TAG_KEY[0] InvalidTagKey.Malformed/RESERVED_PREFIX",
        "see http://x|TAG_KEY[0] InvalidTagKey.Malformed/CONTAINS_URL",
        "xhttps://|TAG_KEY[0] InvalidTagKey.Malformed/CONTAINS_URL",
    })
    void keyRules(String key, String expected) {
        assertEquals(List.of(expected), problems(List.of(new Tag(key == null ? "" : key, "v"))));
    }

    @Test
    void aKeyOfOnlySpacesIsNoKey() {
        assertEquals(List.of("TAG_KEY[0] InvalidTagKey.Malformed/EMPTY"), problems(List.of(new Tag(" ", "v"))));
        assertEquals(List.of("TAG_KEY[0] InvalidTagKey.Malformed/EMPTY"),
                problems(List.of(new Tag("\u3000\t", "v"))));
    }

    @ParameterizedTest(name = "value \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "aliyunX|TAG_VALUE[0] InvalidTagValue.Malformed/RESERVED_PREFIX",
        "acs:x|TAG_VALUE[0] InvalidTagValue.Malformed/RESERVED_PREFIX",
        "go to https://example.com|TAG_VALUE[0] InvalidTagValue.Malformed/CONTAINS_URL",
    })
    void valueRules(String value, String expected) {
        assertEquals(List.of(expected), problems(List.of(new Tag("k", value))));
    }

    @Test
    void prefixAndUrlMatchingIsCaseSensitive() {
        assertEquals(List.of(), problems(List.of(new Tag("Aliyun", "Http://x"), new Tag("ACS:x", "ok"))));
    }

    @Test
    void lengthsAreCountedInCharacters() {
        assertEquals(List.of(), problems(List.of(new Tag("键".repeat(128), "值".repeat(128)))));
        assertEquals(List.of("TAG_KEY[0] InvalidTagKey.Malformed/TOO_LONG",
                        "TAG_VALUE[0] InvalidTagValue.Malformed/TOO_LONG"),
                problems(List.of(new Tag("k".repeat(129), "v".repeat(129)))));
    }

    @Test
    void aRepeatedKeyIsReportedOnTheRepeatingRow() {
        assertEquals(List.of("TAG_KEY[2] Duplicate.TagKey/DUPLICATE"),
                problems(List.of(new Tag("env", "prod"), new Tag("team", "ops"), new Tag("env", "dev"))));
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        assertEquals(List.of("TAG_KEY[0] InvalidTagKey.Malformed/RESERVED_PREFIX",
                        "TAG_VALUE[0] InvalidTagValue.Malformed/CONTAINS_URL",
                        "TAG_KEY[1] InvalidTagKey.Malformed/EMPTY"),
                problems(List.of(new Tag("acs:x", "http://y"), new Tag("", ""))));
    }
}
