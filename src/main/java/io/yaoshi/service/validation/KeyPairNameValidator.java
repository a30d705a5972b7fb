package io.yaoshi.service.validation;

import io.yaoshi.domain.ProviderId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The providers' rules for a key pair's name (as the providers document KeyPairName).
 * <ul>
 *   <li>Aliyun: 2–128 characters; the first an ASCII letter or a Chinese character; the rest ASCII letters,
 *       digits, Chinese characters and the half-width {@code : _ -}; not starting with {@code http://} or
 *       {@code https://} (matched case-sensitively, as the documents give no other rule). Code
 *       {@code InvalidKeyPairName.Malformed}; an empty name is {@code MissingParameter}.</li>
 *   <li>UCloud: 1–63 characters of letters (Chinese included), digits and symbols: no spaces, controls or
 *       characters outside the BMP. UCloud documents no error code for this, so Yaoshi reports
 *       {@code InvalidKeyPairName}.</li>
 *   <li>Local: 1–128 characters, no control, format (bidi, zero-width) or separator characters, no leading or
 *       trailing space, code {@code InvalidKeyPairName}: a local name only has to be recognisable, and must not
 *       pretend to be another.</li>
 * </ul>
 * See {@link Characters} for what a character and a Chinese character are.
 */
public final class KeyPairNameValidator {

    static final String ALIYUN_MALFORMED = "InvalidKeyPairName.Malformed";
    static final String MISSING = "MissingParameter";
    static final String INVALID = "InvalidKeyPairName";

    public Validation validate(ProviderId provider, String name) {
        List<ValidationError> errors = new ArrayList<>();
        switch (provider) {
            case ALIYUN -> aliyun(name, errors);
            case UCLOUD -> lengthAndCharacters(name, 63, INVALID, KeyPairNameValidator::isUCloudCharacter, errors);
            case LOCAL -> local(name, errors);
        }
        return new Validation(errors);
    }

    private static void aliyun(String name, List<ValidationError> errors) {
        if (name.isEmpty()) {
            errors.add(ValidationError.of(Field.NAME, MISSING, Problem.EMPTY));
            return;
        }
        int length = Characters.length(name);
        if (length < 2) {
            errors.add(ValidationError.of(Field.NAME, ALIYUN_MALFORMED, Problem.TOO_SHORT, length, 2));
        } else if (length > 128) {
            errors.add(ValidationError.of(Field.NAME, ALIYUN_MALFORMED, Problem.TOO_LONG, length, 128));
        }
        int first = name.codePointAt(0);
        if (!Characters.isAsciiLetter(first) && !Characters.isChinese(first)) {
            errors.add(ValidationError.of(Field.NAME, ALIYUN_MALFORMED, Problem.BAD_FIRST_CHARACTER,
                    Characters.describe(first)));
        }
        if (name.startsWith("http://") || name.startsWith("https://")) {
            errors.add(ValidationError.of(Field.NAME, ALIYUN_MALFORMED, Problem.URL_PREFIX));
        }
        String rest = name.substring(Character.charCount(first));
        Set<Integer> bad = Characters.offenders(rest, KeyPairNameValidator::isAliyunCharacter);
        if (!bad.isEmpty()) {
            errors.add(ValidationError.of(Field.NAME, ALIYUN_MALFORMED, Problem.BAD_CHARACTERS,
                    Characters.describe(bad)));
        }
    }

    private static void local(String name, List<ValidationError> errors) {
        lengthAndCharacters(name, 128, INVALID, Characters::isPlainText, errors);
        if (!name.isEmpty() && !name.strip().equals(name)) {
            errors.add(ValidationError.of(Field.NAME, INVALID, Problem.SURROUNDING_SPACE));
        }
    }

    private static void lengthAndCharacters(String name, int max, String code,
                                            java.util.function.IntPredicate allowed, List<ValidationError> errors) {
        if (name.isEmpty()) {
            errors.add(ValidationError.of(Field.NAME, code, Problem.EMPTY));
            return;
        }
        int length = Characters.length(name);
        if (length > max) {
            errors.add(ValidationError.of(Field.NAME, code, Problem.TOO_LONG, length, max));
        }
        Set<Integer> bad = Characters.offenders(name, allowed);
        if (!bad.isEmpty()) {
            errors.add(ValidationError.of(Field.NAME, code, Problem.BAD_CHARACTERS, Characters.describe(bad)));
        }
    }

    private static boolean isAliyunCharacter(int cp) {
        return Characters.isAsciiLetter(cp) || Characters.isAsciiDigit(cp) || Characters.isChinese(cp)
                || cp == ':' || cp == '_' || cp == '-';
    }

    /** Letters, digits and visible symbols of the BMP; no space, control or format character. */
    private static boolean isUCloudCharacter(int cp) {
        if (!Character.isBmpCodePoint(cp) || Character.isSpaceChar(cp) || Character.isWhitespace(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
