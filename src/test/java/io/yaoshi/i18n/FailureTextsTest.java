package io.yaoshi.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.service.validation.Field;
import io.yaoshi.service.validation.KeyPairNameValidator;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.service.validation.ValidationError;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FailureTextsTest {

    private static String nameError(Locale locale, String name) {
        ValidationError error = new KeyPairNameValidator().validate(ProviderId.ALIYUN, name).errors().get(0);
        return new FailureTexts(Messages.forLocale(locale)).message(error);
    }

    @Test
    void invisibleCharactersAreNamedInTheUsersLanguageAndVisibleOnesQuoted() {
        assertEquals("These characters are not allowed in the name: space, ideographic (full-width) space, \u201C!\u201D.",
                nameError(Locale.ENGLISH, "web prod\u3000x!"));
        assertEquals("名称中不能使用这些字符：空格, 全角空格, \u201C!\u201D。",
                nameError(Locale.SIMPLIFIED_CHINESE, "web prod\u3000x!"));
    }

    @Test
    void aKeyTypeIsNamedAsTheFormsNameIt() {
        ValidationError refused = KeyPairRules.withBundledRegions().validateShape(new KeyPairSpec(
                Placement.aliyun("cn-hangzhou", ""), "web", List.of(), KeyAlgorithm.ED25519, CreateMode.IMPORT))
                .errorsFor(Field.KEY_TYPE).get(0);
        assertEquals("Aliyun does not accept Ed25519 keys; choose an RSA or ECDSA key.",
                new FailureTexts(Messages.forLocale(Locale.ENGLISH)).message(refused));
    }

    @Test
    void aRareInvisibleCharacterKeepsItsCodePoint() {
        assertEquals("These characters are not allowed in the name: U+2060.", nameError(Locale.ENGLISH, "web\u2060x"));
    }
}
