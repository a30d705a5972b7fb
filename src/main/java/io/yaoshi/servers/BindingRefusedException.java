package io.yaoshi.servers;

import java.util.List;

/** A binding refused before any cloud call: nothing changed anywhere. */
public final class BindingRefusedException extends Exception {
    @java.io.Serial
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The key pair lives at no cloud (a local one), or its cloud has no record of it yet. */
        NOT_AT_A_CLOUD,
        /** No server was named. */
        NO_INSTANCES,
        /** Servers the cloud does not have in the key pair's region: {@link #subjects()}. */
        UNKNOWN_INSTANCES,
        /** UCloud has no call that unbinds a key pair. */
        NO_UNBIND
    }

    private final Reason reason;
    private final List<String> subjects;

    public BindingRefusedException(Reason reason, List<String> subjects) {
        super(reason + " " + subjects);
        this.reason = reason;
        this.subjects = List.copyOf(subjects);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> subjects() {
        return subjects;
    }
}
