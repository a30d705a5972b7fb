package io.yaoshi.domain;

/** How a key pair stands at its cloud provider. */
public enum RemoteState {
    /** A local key pair: no cloud involved. */
    LOCAL("local"),
    /** It exists at the provider, as far as Yaoshi last knew. */
    PRESENT("present"),
    /** A create was sent but its answer was never stored: it may or may not exist remotely. */
    PENDING("pending"),
    /** It exists remotely, but its private key was never received. */
    ORPHANED("orphaned"),
    /** It was deleted in the cloud. */
    MISSING("missing");

    private final String id;

    RemoteState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
