package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.util.Base64;
import java.util.List;

/** Tolerant reading of key text as providers and editors deliver it: CRLF, indentation, blank and wrapped lines. */
final class KeyText {

    private KeyText() {
    }

    /** The non-blank lines, each stripped of surrounding white space. */
    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Strict base64 of the given lines joined: unlike the MIME decoder, it refuses stray characters. */
    static byte[] base64(List<String> lines) throws KeyFormatException {
        try {
            return Base64.getDecoder().decode(String.join("", lines).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "invalid base64 in key text", e);
        }
    }

    /**
     * A type name read from the input, echoed into a log message only when it looks like one ({@code ssh-dss},
     * {@code DSA PRIVATE KEY}): a separator that base64 never contains, so no key material can slip through.
     */
    static String printable(String name) {
        return name.matches("[A-Za-z0-9.@ -]{1,40}") && name.matches(".*[-@ ].*") ? name : "(not shown)";
    }

    /** Base64 in lines of {@code width} characters, each ended by a line feed. */
    static String wrappedBase64(byte[] bytes, int width) {
        String encoded = Base64.getEncoder().encodeToString(bytes);
        StringBuilder out = new StringBuilder(encoded.length() + encoded.length() / width + 1);
        for (int start = 0; start < encoded.length(); start += width) {
            out.append(encoded, start, Math.min(encoded.length(), start + width)).append('\n');
        }
        return out.toString();
    }
}
