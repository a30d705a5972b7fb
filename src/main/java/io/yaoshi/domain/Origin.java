package io.yaoshi.domain;

/** How Yaoshi came to hold a key pair. */
public enum Origin {
    /** A cloud generated it and returned the private key. */
    PROVIDER("provider"),
    /** Yaoshi generated it on this computer. */
    GENERATED("generated"),
    /** Read from a key file, or recorded from a cloud listing (public key only). */
    IMPORTED("imported");

    private final String id;

    Origin(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
