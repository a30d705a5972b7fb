package io.yaoshi.domain;

import java.util.Arrays;
import java.util.Optional;

/** The files a key pair can be exported to, spelled on the command line as {@link #id()}. */
public enum ExportFormat {
    /** PEM {@code PRIVATE KEY}; with a passphrase {@code ENCRYPTED PRIVATE KEY} (AES-256-CBC, PBKDF2-HMAC-SHA256). */
    PKCS8("pkcs8", true, true),
    /** PEM {@code RSA PRIVATE KEY}; RSA only, never encrypted. */
    PKCS1("pkcs1", true, false),
    /** {@code OPENSSH PRIVATE KEY}; bcrypt-pbkdf and aes256-ctr with a passphrase, as {@code ssh-keygen} writes. */
    OPENSSH("openssh", true, true),
    /** PuTTY {@code .ppk} version 3; Argon2id and aes256-cbc with a passphrase. */
    PPK("ppk", true, true),
    /** The OpenSSH public key line with its comment, as in {@code authorized_keys}. */
    PUBLIC("public", false, false),
    /** The RFC 4716 SSH2 public key file. */
    RFC4716("rfc4716", false, false);

    private final String id;
    private final boolean privateKey;
    private final boolean encryptable;

    ExportFormat(String id, boolean privateKey, boolean encryptable) {
        this.id = id;
        this.privateKey = privateKey;
        this.encryptable = encryptable;
    }

    public String id() {
        return id;
    }

    /** Whether the output contains the private key (and so must be written owner-only). */
    public boolean containsPrivateKey() {
        return privateKey;
    }

    /** Whether a passphrase may be given to encrypt the output. */
    public boolean encryptable() {
        return encryptable;
    }

    public boolean supports(KeyAlgorithm algorithm) {
        return this != PKCS1 || algorithm.family() == KeyAlgorithm.Family.RSA;
    }

    /**
     * The private key format offered first: the one the user's ssh reads. OpenSSH reads RSA and ECDSA keys in
     * PKCS#8, but many of its versions (9.2, on Debian 12) cannot read an Ed25519 key in PKCS#8.
     */
    public static ExportFormat defaultFor(KeyAlgorithm algorithm) {
        return algorithm == KeyAlgorithm.ED25519 ? OPENSSH : PKCS8;
    }

    /** Whether some OpenSSH versions in wide use cannot read this key in this format. */
    public boolean unreadableByOlderOpenSsh(KeyAlgorithm algorithm) {
        return this == PKCS8 && algorithm == KeyAlgorithm.ED25519;
    }

    public static Optional<ExportFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
