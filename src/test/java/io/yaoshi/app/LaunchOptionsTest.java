package io.yaoshi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.i18n.SupportedLanguage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noArgumentsOpensTheDesktopApp() throws Exception {
        LaunchOptions options = LaunchOptions.parse();
        assertFalse(options.hasCommand());
        assertEquals(Optional.empty(), options.language());
    }

    @Test
    void globalOptionsAloneStillOpenTheDesktopApp() throws Exception {
        LaunchOptions options = LaunchOptions.parse("--lang", "zh_CN", "--data-dir", "/tmp/y", "--vault=/tmp/v.db");
        assertFalse(options.hasCommand());
        assertEquals(Optional.of(Locale.SIMPLIFIED_CHINESE), options.language());
        assertEquals(Optional.of(Path.of("/tmp/y")), options.dataDir());
        assertEquals(Optional.of(Path.of("/tmp/v.db")), options.vault());
    }

    @Test
    void aCommandSelectsTheCommandLineAndKeepsItsArguments() throws Exception {
        LaunchOptions options = LaunchOptions.parse("--lang", "en", "list", "--lang", "zh_CN", "--json");
        assertTrue(options.hasCommand());
        assertEquals(Locale.ENGLISH, options.uiLocale(Optional.empty()));
        assertEquals(List.of("list", "--lang", "zh_CN", "--json"), options.command());
    }

    @Test
    void languageSpellingsAreForgiving() throws Exception {
        assertEquals(Locale.SIMPLIFIED_CHINESE, LaunchOptions.parse("--lang", "zh-cn").uiLocale(Optional.empty()));
        assertEquals(Locale.SIMPLIFIED_CHINESE, LaunchOptions.parse("--lang", "zh").uiLocale(Optional.empty()));
        assertEquals(Locale.ENGLISH, LaunchOptions.parse("--lang", "en_US").uiLocale(Optional.empty()));
    }

    @Test
    void langOutranksThePreferenceWhichOutranksTheSystem() throws Exception {
        Optional<SupportedLanguage> chinese = Optional.of(SupportedLanguage.CHINESE_SIMPLIFIED);
        assertEquals(Locale.ENGLISH, LaunchOptions.parse("--lang", "en").uiLocale(chinese));
        assertEquals(Locale.SIMPLIFIED_CHINESE, LaunchOptions.parse().uiLocale(chinese));
    }

    @Test
    void anUnsupportedLanguageIsAUsageError() {
        var e = assertThrows(LaunchOptions.UsageException.class, () -> LaunchOptions.parse("--lang", "fr"));
        assertTrue(e.getMessage().contains("fr"), e.getMessage());
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        assertThrows(LaunchOptions.UsageException.class, () -> LaunchOptions.parse("--data-dir"));
        assertThrows(LaunchOptions.UsageException.class, () -> LaunchOptions.parse("--vault="));
        // a forgotten value must not turn the next option into a folder name (a folder "--lang" was made so)
        var e = assertThrows(LaunchOptions.UsageException.class,
                () -> LaunchOptions.parse("--data-dir", "--lang", "zh_CN"));
        assertEquals("--data-dir needs a value", e.getMessage());
    }

    @Test
    void theSystemLocalePicksTheUiLanguage() {
        assertEquals(SupportedLanguage.CHINESE_SIMPLIFIED, SupportedLanguage.forSystemLocale(Locale.CHINA));
        assertEquals(SupportedLanguage.CHINESE_SIMPLIFIED, SupportedLanguage.forSystemLocale(Locale.TAIWAN));
        assertEquals(SupportedLanguage.ENGLISH, SupportedLanguage.forSystemLocale(Locale.GERMANY));
    }
}
