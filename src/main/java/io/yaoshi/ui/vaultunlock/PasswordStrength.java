package io.yaoshi.ui.vaultunlock;

import com.nulabinc.zxcvbn.Zxcvbn;
import io.yaoshi.service.validation.MasterPasswordValidator;

/**
 * How hard a new master password is to guess, by zxcvbn's estimate (dictionaries, keyboard patterns, dates,
 * repeats), in five steps. Advice, not a rule: the only rule is the minimum length the service enforces.
 */
enum PasswordStrength {
    TOO_SHORT, WEAK, FAIR, GOOD, STRONG;

    /** zxcvbn's dictionaries, loaded on first use (some 40 ms): an existing vault's start never needs them. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    /** Loads the dictionaries; call off the UI thread, so that the first estimate does not wait for them. */
    static Zxcvbn prepare() {
        return Estimator.ZXCVBN;
    }

    static PasswordStrength of(String password) {
        if (password.codePointCount(0, password.length()) < MasterPasswordValidator.MIN_LENGTH) {
            return TOO_SHORT;
        }
        return switch (Estimator.ZXCVBN.measure(password).getScore()) {
            case 0, 1 -> WEAK;
            case 2 -> FAIR;
            case 3 -> GOOD;
            default -> STRONG;
        };
    }

    /** How full the meter is: a fifth for each step. */
    double meter() {
        return (ordinal() + 1) / (double) values().length;
    }
}
