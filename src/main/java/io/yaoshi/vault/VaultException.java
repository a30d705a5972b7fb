package io.yaoshi.vault;

import io.yaoshi.domain.VaultProblem;
import java.util.Objects;

/**
 * A vault operation that failed for a reason the user can act on. The UI maps {@link #reason()} to its own text;
 * messages are for logs only and never hold secrets, payloads or passwords.
 */
public final class VaultException extends Exception {
    @java.io.Serial
    private static final long serialVersionUID = 1L;


    private final VaultProblem reason;

    VaultException(VaultProblem reason, String message) {
        this(reason, message, null);
    }

    VaultException(VaultProblem reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason);
    }

    public VaultProblem reason() {
        return reason;
    }
}
