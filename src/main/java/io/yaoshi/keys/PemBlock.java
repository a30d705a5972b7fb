package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code -----BEGIN label-----} … {@code -----END label-----} block of RFC 7468 text, with the RFC 1421
 * headers that legacy encrypted OpenSSL keys carry. Its content may be a private key, so toString hides it.
 */
record PemBlock(String label, Map<String, String> headers, byte[] content) {

    private static final String DASHES = "-----";
    private static final String BEGIN = DASHES + "BEGIN ";

    static boolean startsIn(String text) {
        return text.contains(BEGIN);
    }

    /** The first block in the lines; a block without its END line counts as truncated. */
    static PemBlock decode(List<String> lines) throws KeyFormatException {
        int begin = 0;
        while (begin < lines.size() && !(lines.get(begin).startsWith(BEGIN) && lines.get(begin).endsWith(DASHES))) {
            begin++;
        }
        if (begin == lines.size()) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "malformed PEM BEGIN line");
        }
        String beginLine = lines.get(begin);
        String label = beginLine.substring(BEGIN.length(), beginLine.length() - DASHES.length()).strip();
        int end = lines.indexOf(DASHES + "END " + label + DASHES);
        if (end < 0) {
            throw new KeyFormatException(KeyFileProblem.TRUNCATED, "PEM block without its END line");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> body = new ArrayList<>();
        for (String line : lines.subList(begin + 1, end)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            } else {
                body.add(line);
            }
        }
        return new PemBlock(label, Map.copyOf(headers), KeyText.base64(body));
    }

    /** The block as text with lines of {@code width} characters (64 for PEM, 70 as OpenSSH writes its keys). */
    static String encode(String label, byte[] content, int width) {
        return BEGIN + label + DASHES + "\n" + KeyText.wrappedBase64(content, width) + DASHES + "END " + label + DASHES
                + "\n";
    }

    @Override
    public String toString() {
        return "PemBlock[content hidden]";
    }
}
