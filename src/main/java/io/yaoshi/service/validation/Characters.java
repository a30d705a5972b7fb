package io.yaoshi.service.validation;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * What the providers' documents mean by "character" and "Chinese character", decided once:
 * <ul>
 *   <li>a character is a Unicode code point (a Chinese character counts one, as the documents' "2–128 English or
 *       Chinese characters" implies; an emoji counts one too), never a UTF-16 unit or a byte;</li>
 *   <li>a Chinese character is a Han ideograph in the Basic Multilingual Plane: CJK Unified Ideographs
 *       U+4E00–U+9FFF, Extension A U+3400–U+4DBF and Compatibility Ideographs U+F900–U+FAFF. Extension B and later
 *       lie outside the BMP, where how the server counts is unknown, so they are refused rather than guessed.</li>
 * </ul>
 */
final class Characters {

    private Characters() {
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    static boolean isChinese(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF);
    }

    static boolean isAsciiLetter(int cp) {
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }

    static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /**
     * Whether a user's text may hold {@code cp}: not a control character (a terminal escape, a bell, a line break),
     * not a format character (bidi overrides such as U+202E that make {@code invoice\u202Egpj.exe} read as
     * {@code invoiceexe.jpg}, zero-width characters that make two names look alike), not a line or paragraph
     * separator and not half of a surrogate pair.
     */
    static boolean isPlainText(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> false;
            default -> true;
        };
    }

    /** The distinct characters of {@code s} that {@code allowed} refuses, in order of appearance. */
    static Set<Integer> offenders(String s, IntPredicate allowed) {
        return s.codePoints().filter(allowed.negate()).boxed().collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Shows characters the way a user can recognise them: visible ones quoted, invisible ones (spaces, controls,
     * format characters) as their code point, e.g. {@code "：", "😀", U+0020}.
     */
    static String describe(Set<Integer> codePoints) {
        return codePoints.stream().map(Characters::describe).collect(Collectors.joining(", "));
    }

    static String describe(int cp) {
        int type = Character.getType(cp);
        boolean invisible = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL
                || type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
        return invisible ? String.format(Locale.ROOT, "U+%04X", cp) : "\u201C" + Character.toString(cp) + "\u201D";
    }
}
