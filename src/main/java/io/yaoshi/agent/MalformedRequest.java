package io.yaoshi.agent;

/** A request that cannot be read: its connection is closed, the others go on. Carries no request bytes. */
final class MalformedRequest extends Exception {
    @java.io.Serial
    private static final long serialVersionUID = 1L;

    MalformedRequest(String what, Throwable cause) {
        super(what, cause);
    }
}
