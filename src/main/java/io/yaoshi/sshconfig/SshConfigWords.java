package io.yaoshi.sshconfig;

import java.util.Optional;

/**
 * Values as {@code ssh_config} reads them: a word with a space is double-quoted; a double quote, a control character
 * or a line break cannot be written at all (the format has no escape for them), so such a value is refused.
 */
public final class SshConfigWords {

    private SshConfigWords() {
    }

    /** The value as one argument of a keyword, quoted where needed; empty when the format cannot hold it. */
    public static Optional<String> argument(String value) {
        if (value.isEmpty() || value.codePoints().anyMatch(c -> c == '"' || Character.isISOControl(c))) {
            return Optional.empty();
        }
        return Optional.of(value.chars().anyMatch(Character::isWhitespace) || value.contains("#")
                ? "\"" + value + "\"" : value);
    }

    /**
     * A host alias or file stem made from a key pair's name: letters and digits of any script, {@code .}, {@code _}
     * and {@code -} kept, every other run of characters one {@code -}; never empty.
     */
    public static String stem(String name, String fallback) {
        String stem = name.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return stem.isEmpty() ? fallback : stem;
    }

    /** Whether {@code alias} can stand after {@code Host} as one pattern-free name. */
    public static boolean isHostAlias(String alias) {
        return !alias.isEmpty() && alias.codePoints().noneMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c) || "\"#*?!,".indexOf(c) >= 0);
    }
}
