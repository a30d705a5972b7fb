package io.yaoshi.service;

/**
 * A vault item that could not be read at unlock. It is left out of every list but kept in the file, untouched, so
 * that it can be recovered (from a backup of the file, or by whoever knows what changed it).
 */
public record DamagedItem(String id, Problem problem) {

    public enum Problem {
        /** The ciphertext does not authenticate: changed on disk, moved from another row, or from another vault. */
        FAILED_AUTHENTICATION("failed-authentication"),
        /** It decrypts, but its content is not a key pair this version can read. */
        UNREADABLE("unreadable");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        /** The stable name printed by {@code yaoshi check --json}. */
        public String code() {
            return code;
        }
    }
}
