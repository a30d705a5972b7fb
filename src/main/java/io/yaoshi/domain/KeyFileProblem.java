package io.yaoshi.domain;

/** Why key text or a key file could not be read; each has its own text in every UI language. */
public enum KeyFileProblem {
    /** Not any key format Yaoshi reads. */
    UNRECOGNIZED,
    /** A known format whose content is damaged or inconsistent. */
    CORRUPT,
    /** The input ends before the key does. */
    TRUNCATED,
    /** A well-formed key of a type or size Yaoshi does not handle (DSA, Ed448, RSA-1024, other curves…). */
    UNSUPPORTED_TYPE,
    /** The key is encrypted and no passphrase was given. */
    PASSPHRASE_REQUIRED,
    /** The passphrase does not decrypt the key. */
    WRONG_PASSPHRASE,
    /** An integrity check (PuTTY's MAC) failed: the file was altered. */
    MAC_MISMATCH,
    /** The key pair is a public-only entry: there is no private key to export. */
    NO_PRIVATE_KEY
}
