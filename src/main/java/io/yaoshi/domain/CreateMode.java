package io.yaoshi.domain;

/** Who generates a new cloud key pair's private key. */
public enum CreateMode {
    /** The cloud generates it (CreateKeyPair / CreateUHostKeyPair) and returns it exactly once. */
    PROVIDER("provider"),
    /** Yaoshi generates it here and uploads only the public key: the private key never travels. */
    IMPORT("import");

    private final String id;

    CreateMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
