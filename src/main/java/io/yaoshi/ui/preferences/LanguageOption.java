package io.yaoshi.ui.preferences;

import io.yaoshi.i18n.SupportedLanguage;
import java.util.Optional;

/** The UI language the user asked for: the operating system's, or one of the supported languages. */
public enum LanguageOption {
    SYSTEM(null),
    CHINESE_SIMPLIFIED(SupportedLanguage.CHINESE_SIMPLIFIED),
    ENGLISH(SupportedLanguage.ENGLISH);

    private final SupportedLanguage language;

    LanguageOption(SupportedLanguage language) {
        this.language = language;
    }

    /** Empty for {@link #SYSTEM}: follow the operating system. */
    public Optional<SupportedLanguage> language() {
        return Optional.ofNullable(language);
    }
}
