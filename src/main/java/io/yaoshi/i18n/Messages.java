package io.yaoshi.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user-visible text of one language: the {@code io.yaoshi.i18n.messages} bundle plus MessageFormat. */
public final class Messages {

    public static final String BUNDLE = "io.yaoshi.i18n.messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The plain text of {@code key}; a missing key is a programming error and fails loudly. */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text of {@code key} if the bundle has one, else {@code key} itself: for words that come from elsewhere. */
    public String getOrAsIs(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    /** The text of {@code key} with its {@code {0}}, {@code {1}}… placeholders filled in the bundle's locale. */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    /** A moment as this locale writes a date and time (medium length), in this computer's time zone. */
    public String dateTime(Instant moment) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(bundle.getLocale())
                .withZone(ZoneId.systemDefault()).format(moment);
    }
}
