package io.yaoshi.cli;

import java.util.Locale;

/**
 * Text made safe for a terminal: every character a terminal would act on rather than show (C0 and C1 controls
 * other than the line feed and tab, DEL) or that would make the text read differently than it is (bidi and other
 * format characters, line and paragraph separators) is written as a {@code \u001B}-style escape: readable, and the
 * very escape JSON uses, so JSON output stays valid and means the same. Names and tags may hold such characters when
 * they came from a cloud or from a vault written before they were refused.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String escape(String text) {
        if (text.codePoints().allMatch(TerminalText::isShown)) {
            return text; // the common case: no copy
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (isShown(cp)) {
                escaped.appendCodePoint(cp);
            } else {
                escaped.append(String.format(Locale.ROOT, "\\u%04X", cp));
            }
        });
        return escaped.toString();
    }

    /** A value quoted inside a one-line message: a line feed or tab in it is escaped too, so the line stays one. */
    static String oneLine(String value) {
        return escape(value).replace("\n", "\\u000A").replace("\t", "\\u0009");
    }

    /** Whether a terminal shows {@code cp} as itself. A lone surrogate is let through: its pair may come next. */
    static boolean isShown(int cp) {
        if (cp == '\n' || cp == '\t') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
