package io.yaoshi.ui.vaultunlock;

/**
 * A rough hint, not a rule: length counts most (the KDF makes every guess cost about a second), mixed character
 * classes a little. The only rule is the minimum length the service enforces.
 */
enum PasswordStrength {
    TOO_SHORT, WEAK, FAIR, STRONG;

    static PasswordStrength of(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < 8) {
            return TOO_SHORT;
        }
        int classes = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0)
                + (password.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        ? 1 : 0);
        int score = length + 3 * classes;
        return score >= 22 ? STRONG : score >= 15 ? FAIR : WEAK;
    }
}
