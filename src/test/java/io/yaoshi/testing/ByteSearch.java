package io.yaoshi.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Searches files byte by byte for text that must not be there in plaintext (names, tags, key material). */
public final class ByteSearch {

    private ByteSearch() {
    }

    /** Whether {@code haystack} holds {@code needle}'s UTF-8 bytes anywhere. */
    public static boolean contains(byte[] haystack, String needle) {
        return indexOf(haystack, needle.getBytes(StandardCharsets.UTF_8)) >= 0;
    }

    /** Each "file: needle" found, for an assertion that lists every finding at once. */
    public static List<String> findings(Collection<Path> files, Collection<String> needles) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            for (String needle : needles) {
                if (contains(content, needle)) {
                    found.add(file + ": " + needle);
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
