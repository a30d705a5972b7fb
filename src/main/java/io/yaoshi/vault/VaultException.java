package io.yaoshi.vault;

import java.util.Objects;

/**
 * A vault operation that failed for a reason the user can act on. The UI maps {@link #reason()} to its own text;
 * messages are for logs only and never hold secrets, payloads or passwords.
 */
public final class VaultException extends Exception {

    /** Why the operation failed. */
    public enum Reason {
        /** The password does not unwrap the data key; nothing was changed and nothing is unlocked. */
        WRONG_PASSWORD,
        /** The file is not a SQLite database, or not one written by Yaoshi. */
        NOT_A_VAULT,
        /** The file was written by a newer Yaoshi whose format this version does not know. */
        NEWER_FORMAT,
        /** Another process or another {@link Vault} instance has the vault open. */
        IN_USE,
        /** The vault is locked (or was auto-locked after being idle); unlock it first. */
        LOCKED,
        /** The file (or its folder) cannot be written. */
        READ_ONLY,
        /** The disk is full. */
        DISK_FULL,
        /** Any other input/output or database failure. */
        IO
    }

    private final Reason reason;

    VaultException(Reason reason, String message) {
        this(reason, message, null);
    }

    VaultException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}
