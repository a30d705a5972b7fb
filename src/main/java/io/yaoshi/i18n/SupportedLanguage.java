package io.yaoshi.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the UI speaks. Anything else falls back to English. */
public enum SupportedLanguage {
    ENGLISH(Locale.ENGLISH, "en"),
    CHINESE_SIMPLIFIED(Locale.SIMPLIFIED_CHINESE, "zh_CN");

    private final Locale locale;
    private final String tag;

    SupportedLanguage(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return tag;
    }

    /** Accepts {@code zh_CN}, {@code zh-CN}, {@code zh}, {@code en}, {@code en_US}, in any case. */
    public static Optional<SupportedLanguage> fromTag(String tag) {
        String normalized = tag.strip().replace('-', '_').toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(l -> normalized.equals(l.tag.toLowerCase(Locale.ROOT))
                        || normalized.equals(l.locale.getLanguage())
                        || (l == ENGLISH && normalized.startsWith("en_"))
                        || (l == CHINESE_SIMPLIFIED && normalized.equals("zh_hans")))
                .findFirst();
    }

    /** The UI language for an operating-system locale: Chinese for any zh locale, else English. */
    public static SupportedLanguage forSystemLocale(Locale system) {
        return "zh".equals(system.getLanguage()) ? CHINESE_SIMPLIFIED : ENGLISH;
    }
}
