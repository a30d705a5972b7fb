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
    NO_PRIVATE_KEY,
    /** The file asks for a key derivation costlier than any real tool writes: minutes of work or gigabytes. */
    KDF_TOO_COSTLY,
    /** A folder, a device or a pipe was chosen instead of a key file. */
    NOT_A_FILE,
    /** The file is larger than any key file (1 MiB). */
    FILE_TOO_LARGE
}
