package io.yaoshi.domain;

import java.util.Arrays;
import java.util.Optional;

/** The key types Yaoshi generates and imports, spelled on the command line as {@link #id()}. */
public enum KeyAlgorithm {
    RSA_2048("rsa-2048", Family.RSA, 2048),
    RSA_3072("rsa-3072", Family.RSA, 3072),
    RSA_4096("rsa-4096", Family.RSA, 4096),
    ED25519("ed25519", Family.ED25519, 256),
    ECDSA_P256("ecdsa-p256", Family.ECDSA, 256),
    ECDSA_P384("ecdsa-p384", Family.ECDSA, 384);

    /** What both clouds create, and the safest choice for importing into them. */
    public static final KeyAlgorithm DEFAULT = RSA_2048;

    /** The key family, which decides the formats and the OpenSSH type name. */
    public enum Family { RSA, ED25519, ECDSA }

    private final String id;
    private final Family family;
    private final int bits;

    KeyAlgorithm(String id, Family family, int bits) {
        this.id = id;
        this.family = family;
        this.bits = bits;
    }

    public String id() {
        return id;
    }

    public Family family() {
        return family;
    }

    public int bits() {
        return bits;
    }

    public static Optional<KeyAlgorithm> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
