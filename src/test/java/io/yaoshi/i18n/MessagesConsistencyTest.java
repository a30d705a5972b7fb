package io.yaoshi.i18n;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three bundle files speak the same keys, none empty, and every {@code %key} an FXML file uses exists. */
class MessagesConsistencyTest {

    private static final List<String> FILES =
            List.of("messages.properties", "messages_en.properties", "messages_zh_CN.properties");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            assertTrue(in != null, file + " is on the class path");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(String file) throws IOException {
        return load(file).stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyBundleHasTheSameKeys() throws IOException {
        Set<String> base = keys(FILES.get(0));
        for (String file : FILES.subList(1, FILES.size())) {
            Set<String> other = keys(file);
            Set<String> missing = new TreeSet<>(base);
            missing.removeAll(other);
            Set<String> extra = new TreeSet<>(other);
            extra.removeAll(base);
            assertAll(file,
                    () -> assertEquals(Set.of(), missing, "keys missing from " + file),
                    () -> assertEquals(Set.of(), extra, "keys only in " + file));
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties", "messages_zh_CN.properties"})
    void noValueIsEmptyAndEveryPatternParses(String file) throws IOException {
        Properties p = load(file);
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            assertFalse(value.isBlank(), file + ": " + key + " is empty");
            // throws IllegalArgumentException on a broken {0,choice,...} or an unbalanced brace
            new MessageFormat(value).format(new Object[] {1, 2, 3});
            if (PLACEHOLDER.matcher(value).find()) {
                assertFalse(LONE_APOSTROPHE.matcher(value).find(), file + ": " + key + " goes through MessageFormat,"
                        + " where a single ' starts a quote and vanishes (\"Yaoshi's\" shows as \"Yaoshis\"): write ''");
            }
        }
    }

    /**
     * Texts that read the same in both languages: key type names, product names, an id column, a blank line, and each
     * language's name written in that language.
     */
    private static final Pattern SAME_IN_BOTH = Pattern.compile(
            "keytype\\..*|provider\\.ucloud|cli\\.column\\.id|usage\\.descriptionHeading|accounts\\.accessKey.*"
                    + "|preferences\\.language\\.(CHINESE_SIMPLIFIED|ENGLISH)");

    @Test
    void everyChineseTextIsTranslated() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        List<String> untranslated = zh.stringPropertyNames().stream().sorted()
                .filter(k -> zh.getProperty(k).equals(en.getProperty(k)) && !SAME_IN_BOTH.matcher(k).matches())
                .toList();
        assertEquals(List.of(), untranslated);
    }

    @Test
    void everyFxmlKeyExists() throws IOException {
        Set<String> keys = keys(FILES.get(0));
        Path resources = Path.of("src/main/resources");
        List<Path> fxmlFiles;
        try (Stream<Path> walk = Files.walk(resources)) {
            fxmlFiles = walk.filter(f -> f.toString().endsWith(".fxml")).toList();
        }
        assertFalse(fxmlFiles.isEmpty(), "FXML files found under " + resources.toAbsolutePath());
        for (Path fxml : fxmlFiles) {
            Matcher m = FXML_KEY.matcher(Files.readString(fxml));
            while (m.find()) {
                assertTrue(keys.contains(m.group(1)), fxml + " uses the missing key " + m.group(1));
            }
        }
    }
}
