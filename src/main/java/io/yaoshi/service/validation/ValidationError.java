package io.yaoshi.service.validation;

import java.util.List;

/**
 * One broken rule.
 *
 * @param field   the input it is about
 * @param index   the row for {@link Field#TAG_KEY}/{@link Field#TAG_VALUE} (0-based), else -1
 * @param code    the provider's own error code for this rule ({@code InvalidKeyPairName.Malformed}), so the message
 *                is the same whether the rule was checked here or by the cloud
 * @param problem what is wrong
 * @param args    the message arguments: lengths, limits, offending characters (never anything secret)
 */
public record ValidationError(Field field, int index, String code, Problem problem, List<Object> args) {

    public ValidationError {
        args = List.copyOf(args);
    }

    static ValidationError of(Field field, String code, Problem problem, Object... args) {
        return new ValidationError(field, -1, code, problem, List.of(args));
    }

    static ValidationError atRow(Field field, int index, String code, Problem problem, Object... args) {
        return new ValidationError(field, index, code, problem, List.of(args));
    }

    /** The message bundle key of the user's text, e.g. {@code validation.name.TOO_LONG}. */
    public String messageKey() {
        return "validation." + field.key() + "." + problem.name();
    }
}
