package io.yaoshi.keys;

/**
 * Key text or bytes that cannot be read. The message is fixed English for logs only and never contains key material
 * or a passphrase; front ends show text chosen by {@link #reason()}.
 */
public final class KeyFormatException extends Exception {

    /** Why the input was refused; stable, so front ends can map each to their own words. */
    public enum Reason {
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
        /** The MAC of an unencrypted PuTTY key does not match: the file was altered (encrypted: WRONG_PASSPHRASE). */
        MAC_MISMATCH
    }

    private final Reason reason;

    KeyFormatException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    KeyFormatException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
