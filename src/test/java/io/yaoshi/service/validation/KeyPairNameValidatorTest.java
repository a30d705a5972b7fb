package io.yaoshi.service.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yaoshi.domain.ProviderId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyPairNameValidatorTest {

    private final KeyPairNameValidator validator = new KeyPairNameValidator();

    private List<String> problems(ProviderId provider, String name) {
        return validator.validate(provider, name).errors().stream()
                .map(e -> e.code() + "/" + e.problem()).toList();
    }

    @ParameterizedTest(name = "Aliyun accepts \"{0}\"")
    @ValueSource(strings = {"FinanceJoshuaV23", "test", "ab", "密钥", "密钥对-Prod:01_主", "a-b_c:d", "Zz9",
        "㐀x", "豈x"})
    void aliyunAcceptsTheDocumentsExamplesAndEdges(String name) {
        assertEquals(List.of(), problems(ProviderId.ALIYUN, name));
    }

    @ParameterizedTest(name = "Aliyun accepts {0} characters")
    @ValueSource(ints = {2, 127, 128})
    void aliyunAcceptsLengthsWithinTwoTo128(int length) {
        assertEquals(List.of(), problems(ProviderId.ALIYUN, "k".repeat(length)));
    }

    @ParameterizedTest(name = "Aliyun: 128 Chinese characters are 128, not 384")
    @ValueSource(ints = {128})
    void aliyunCountsChineseCharactersNotBytes(int length) {
        assertEquals(List.of(), problems(ProviderId.ALIYUN, "钥".repeat(length)));
    }

    @ParameterizedTest(name = "Aliyun \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "a|InvalidKeyPairName.Malformed/TOO_SHORT",
        "|MissingParameter/EMPTY",
        "1abc|InvalidKeyPairName.Malformed/BAD_FIRST_CHARACTER",
        "_abc|InvalidKeyPairName.Malformed/BAD_FIRST_CHARACTER",
        "ab：c|InvalidKeyPairName.Malformed/BAD_CHARACTERS",
        "ab c|InvalidKeyPairName.Malformed/BAD_CHARACTERS",
        "ab.c|InvalidKeyPairName.Malformed/BAD_CHARACTERS",
        "key😀|InvalidKeyPairName.Malformed/BAD_CHARACTERS",
        "Http://x|InvalidKeyPairName.Malformed/BAD_CHARACTERS",
    })
    void aliyunRefusesWithItsOwnCode(String name, String expected) {
        assertEquals(List.of(expected), problems(ProviderId.ALIYUN, name == null ? "" : name));
    }

    @org.junit.jupiter.api.Test
    void aliyunRefuses129Characters() {
        var errors = validator.validate(ProviderId.ALIYUN, "k".repeat(129)).errors();
        assertEquals(1, errors.size());
        assertEquals(Problem.TOO_LONG, errors.get(0).problem());
        assertEquals(List.of(129, 128), errors.get(0).args());
    }

    @org.junit.jupiter.api.Test
    void aliyunReportsEveryViolationAtOnce() {
        assertEquals(List.of("InvalidKeyPairName.Malformed/BAD_FIRST_CHARACTER",
                        "InvalidKeyPairName.Malformed/BAD_CHARACTERS"),
                problems(ProviderId.ALIYUN, "9 key：😀"));
        var bad = validator.validate(ProviderId.ALIYUN, "9 key：😀").errorsFor(Field.NAME).get(1);
        assertEquals(List.of("U+0020, \u201C：\u201D, \u201C😀\u201D"), bad.args());
    }

    @org.junit.jupiter.api.Test
    void aliyunSaysWhyAUrlIsRefused() {
        assertEquals(List.of("InvalidKeyPairName.Malformed/URL_PREFIX", "InvalidKeyPairName.Malformed/BAD_CHARACTERS"),
                problems(ProviderId.ALIYUN, "https://x"));
    }

    @ParameterizedTest(name = "UCloud accepts \"{0}\"")
    @ValueSource(strings = {"a", "bRkLZgiA", "IqZZckdR", "my-key.v2@ops", "密钥对#1", "x(1)+[2]"})
    void ucloudAcceptsLettersDigitsAndSymbols(String name) {
        assertEquals(List.of(), problems(ProviderId.UCLOUD, name));
    }

    @org.junit.jupiter.api.Test
    void ucloudAcceptsUpTo63AndRefuses64() {
        assertEquals(List.of(), problems(ProviderId.UCLOUD, "k".repeat(63)));
        assertEquals(List.of("InvalidKeyPairName/TOO_LONG"), problems(ProviderId.UCLOUD, "k".repeat(64)));
    }

    @ParameterizedTest(name = "UCloud refuses \"{0}\"")
    @ValueSource(strings = {"my key", "tab\tkey", "emoji😀", "nul\u0000"})
    void ucloudRefusesSpacesControlsAndCharactersOutsideTheBmp(String name) {
        assertEquals(List.of("InvalidKeyPairName/BAD_CHARACTERS"), problems(ProviderId.UCLOUD, name));
    }

    @org.junit.jupiter.api.Test
    void ucloudRefusesAnEmptyName() {
        assertEquals(List.of("InvalidKeyPairName/EMPTY"), problems(ProviderId.UCLOUD, ""));
    }

    @org.junit.jupiter.api.Test
    void localNamesOnlyNeedToBeRecognisable() {
        assertEquals(List.of(), problems(ProviderId.LOCAL, "my laptop key (2024)"));
        assertEquals(List.of("InvalidKeyPairName/SURROUNDING_SPACE"), problems(ProviderId.LOCAL, " padded "));
        assertEquals(List.of("InvalidKeyPairName/BAD_CHARACTERS"), problems(ProviderId.LOCAL, "line\nbreak"));
        assertEquals(List.of("InvalidKeyPairName/TOO_LONG"), problems(ProviderId.LOCAL, "k".repeat(129)));
    }
}
