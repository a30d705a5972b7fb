package io.yaoshi.service.validation;

import io.yaoshi.domain.Tag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Aliyun's tag rules (as the ECS API reference documents Tag.N.Key and Tag.N.Value, with the newer limits): at most 20
 * tags; a key is non-empty, at most 128 characters, does not start with {@code aliyun} or {@code acs:} and does not
 * contain {@code http://} or {@code https://}; a value may be empty and otherwise obeys the same length, prefix and
 * contains rules; keys are distinct; neither holds control, format or separator characters (they would reach
 * terminals and file names as escapes, or make two tags look alike). Matching is literal and case-sensitive. The same
 * rules hold for every provider's tags, so a key pair can later be pushed to Aliyun with its tags as they are.
 */
public final class TagValidator {

    public static final int MAX_TAGS = 20;
    static final int MAX_LENGTH = 128;
    static final String KEY_MALFORMED = "InvalidTagKey.Malformed";
    static final String VALUE_MALFORMED = "InvalidTagValue.Malformed";
    static final String DUPLICATE = "Duplicate.TagKey";
    static final String TOO_MANY = "QuotaExceed.Tags";

    public Validation validate(List<Tag> tags) {
        List<ValidationError> errors = new ArrayList<>();
        if (tags.size() > MAX_TAGS) {
            errors.add(ValidationError.of(Field.TAGS, TOO_MANY, Problem.TOO_MANY, tags.size(), MAX_TAGS));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            if (tag.key().isBlank()) { // a key of spaces alone names nothing
                errors.add(ValidationError.atRow(Field.TAG_KEY, i, KEY_MALFORMED, Problem.EMPTY));
            } else {
                text(tag.key(), Field.TAG_KEY, i, KEY_MALFORMED, errors);
                if (!seen.add(tag.key())) {
                    errors.add(ValidationError.atRow(Field.TAG_KEY, i, DUPLICATE, Problem.DUPLICATE, tag.key()));
                }
            }
            text(tag.value(), Field.TAG_VALUE, i, VALUE_MALFORMED, errors);
        }
        return new Validation(errors);
    }

    /** Validates one tag on its own, as a row editor does while the user types. */
    public Validation validate(Tag tag) {
        return validate(List.of(tag));
    }

    private static void text(String s, Field field, int row, String code, List<ValidationError> errors) {
        int length = Characters.length(s);
        if (length > MAX_LENGTH) {
            errors.add(ValidationError.atRow(field, row, code, Problem.TOO_LONG, length, MAX_LENGTH));
        }
        if (s.startsWith("aliyun") || s.startsWith("acs:")) {
            errors.add(ValidationError.atRow(field, row, code, Problem.RESERVED_PREFIX));
        }
        if (s.contains("http://") || s.contains("https://")) {
            errors.add(ValidationError.atRow(field, row, code, Problem.CONTAINS_URL));
        }
        java.util.Set<Integer> bad = Characters.offenders(s, Characters::isPlainText);
        if (!bad.isEmpty()) {
            errors.add(ValidationError.atRow(field, row, code, Problem.BAD_CHARACTERS, Characters.describe(bad)));
        }
    }
}
