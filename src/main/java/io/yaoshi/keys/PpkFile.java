package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text layout of a PuTTY key file: {@code Name: value} lines, with the public and private blobs spread over the
 * number of base64 lines their {@code Public-Lines}/{@code Private-Lines} header announces. Holds the private blob
 * (encrypted or not), so toString hides it.
 */
record PpkFile(int version, Map<String, String> headers, byte[] publicBlob, byte[] privateBlob) {

    static final String MAGIC = "PuTTY-User-Key-File-";
    private static final int LINE_WIDTH = 64;

    static boolean startsIn(String text) {
        return text.contains(MAGIC);
    }

    String header(String name) throws KeyFormatException {
        return optionalHeader(name).orElseThrow(
                () -> new KeyFormatException(KeyFileProblem.TRUNCATED, "PuTTY key without its " + name + " line"));
    }

    Optional<String> optionalHeader(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    static PpkFile parse(List<String> lines) throws KeyFormatException {
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] publicBlob = null;
        byte[] privateBlob = null;
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith(MAGIC)) {
            i++;
        }
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(": ");
            if (colon < 0) {
                throw new KeyFormatException(KeyFileProblem.CORRUPT, "PuTTY key line is not a header");
            }
            String name = line.substring(0, colon);
            String value = line.substring(colon + 2);
            if (name.equals("Public-Lines") || name.equals("Private-Lines")) {
                int count = lineCount(value, lines.size() - i - 1);
                byte[] blob = KeyText.base64(lines.subList(i + 1, i + 1 + count));
                i += count;
                if (name.equals("Public-Lines")) {
                    publicBlob = blob;
                } else {
                    privateBlob = blob;
                }
            } else {
                headers.put(name, value);
            }
        }
        if (publicBlob == null || privateBlob == null) {
            throw new KeyFormatException(KeyFileProblem.TRUNCATED, "PuTTY key without its key lines");
        }
        return new PpkFile(version(headers), Map.copyOf(headers), publicBlob, privateBlob);
    }

    private static int version(Map<String, String> headers) throws KeyFormatException {
        for (int version = 1; version <= 3; version++) {
            if (headers.containsKey(MAGIC + version)) {
                if (version == 1) {
                    throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE, "PuTTY key file version 1");
                }
                return version;
            }
        }
        throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE, "PuTTY key file of an unknown version");
    }

    private static int lineCount(String value, int available) throws KeyFormatException {
        int count;
        try {
            count = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "PuTTY line count is not a number", e);
        }
        if (count < 0) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "negative PuTTY line count");
        }
        if (count > available) {
            throw new KeyFormatException(KeyFileProblem.TRUNCATED, "PuTTY key has fewer lines than announced");
        }
        return count;
    }

    /** Formats a version 3 file: the given headers in order, the blobs at PuTTY's places, the MAC last. */
    static String format(Map<String, String> leadingHeaders, byte[] publicBlob, Map<String, String> kdfHeaders,
            byte[] privateBlob, String mac) {
        StringBuilder out = new StringBuilder();
        leadingHeaders.forEach((name, value) -> out.append(name).append(": ").append(value).append('\n'));
        appendBlob(out, "Public-Lines", publicBlob);
        kdfHeaders.forEach((name, value) -> out.append(name).append(": ").append(value).append('\n'));
        appendBlob(out, "Private-Lines", privateBlob);
        return out.append("Private-MAC: ").append(mac).append('\n').toString();
    }

    private static void appendBlob(StringBuilder out, String name, byte[] blob) {
        String lines = KeyText.wrappedBase64(blob, LINE_WIDTH);
        out.append(name).append(": ").append(lines.lines().count()).append('\n').append(lines);
    }

    @Override
    public String toString() {
        return "PpkFile[content hidden]";
    }
}
