package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;

/**
 * Key text or bytes that cannot be read. The message is fixed English for logs only and never contains key material
 * or a passphrase; front ends show text chosen by {@link #reason()}.
 */
public final class KeyFormatException extends Exception {
    @java.io.Serial
    private static final long serialVersionUID = 1L;


    private final KeyFileProblem reason;

    KeyFormatException(KeyFileProblem reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    KeyFormatException(KeyFileProblem reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public KeyFileProblem reason() {
        return reason;
    }
}
