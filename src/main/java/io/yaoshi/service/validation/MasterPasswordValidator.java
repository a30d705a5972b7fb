package io.yaoshi.service.validation;

/**
 * The vault's master password: at least {@value #MIN_LENGTH} characters. Everything else is advice, not a rule:
 * the KDF makes each guess cost a second, so length is what matters most.
 */
public final class MasterPasswordValidator {

    public static final int MIN_LENGTH = 8;
    static final String CODE = "Password.TooShort";

    public Validation validate(char[] password) {
        int length = Character.codePointCount(password, 0, password.length);
        if (length < MIN_LENGTH) {
            return Validation.of(ValidationError.of(Field.PASSWORD, CODE, Problem.TOO_SHORT, length, MIN_LENGTH));
        }
        return Validation.OK;
    }
}
