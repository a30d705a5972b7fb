package io.yaoshi.vault;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one header row: the random vault id, the Argon2id parameters and salt, and the data key wrapped with AES-256-GCM
 * under the key the password derives. Changing the password replaces everything here except the vault id and the data
 * key inside.
 */
record VaultHeader(int formatVersion, byte[] vaultId, KdfParameters kdf, byte[] salt, byte[] keyNonce,
                   byte[] wrappedKey) {

    /** 2: the vault has a seal ({@link VaultSeal}); a format-1 header is a vault from before the seal. */
    static final int FORMAT_VERSION = 2;
    static final int SALT_BYTES = 16;

    /** Rejects a malformed header (as read from a damaged or hostile file) with IllegalArgumentException. */
    VaultHeader {
        if (!hasLength(vaultId, VaultCrypto.VAULT_ID_BYTES) || kdf == null || !hasLength(salt, SALT_BYTES)
                || !hasLength(keyNonce, VaultCrypto.NONCE_BYTES) || wrappedKey == null) {
            throw new IllegalArgumentException("malformed vault header");
        }
    }

    /** A header for a brand-new vault with a random id, wrapping {@code dataKey} (which the caller keeps). */
    static VaultHeader createNew(byte[] dataKey, char[] password, KdfParameters kdf, SecureRandom random) {
        byte[] vaultId = new byte[VaultCrypto.VAULT_ID_BYTES];
        random.nextBytes(vaultId);
        return wrap(vaultId, dataKey, password, kdf, random);
    }

    /** The same vault and data key under a new password, salt and (maybe) parameters. */
    VaultHeader rewrap(byte[] dataKey, char[] password, KdfParameters newKdf, SecureRandom random) {
        return wrap(vaultId, dataKey, password, newKdf, random);
    }

    /** Whether a seal must exist: false only for a vault written before the seal, until its first unlock. */
    boolean sealed() {
        return formatVersion >= 2;
    }

    /** The data key (the caller wipes it), or empty when the password is wrong or the header was altered. */
    Optional<byte[]> unwrap(char[] password) {
        byte[] kek = Argon2id.derive(password, salt, kdf);
        try {
            return VaultCrypto.decrypt(kek, keyNonce, wrappedKey, aad(formatVersion, vaultId, kdf, salt))
                    .filter(key -> key.length == VaultCrypto.KEY_BYTES);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static VaultHeader wrap(byte[] vaultId, byte[] dataKey, char[] password, KdfParameters kdf,
                                    SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] nonce = new byte[VaultCrypto.NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] kek = Argon2id.derive(password, salt, kdf);
        try {
            byte[] wrapped = VaultCrypto.encrypt(kek, nonce, dataKey, aad(FORMAT_VERSION, vaultId, kdf, salt));
            return new VaultHeader(FORMAT_VERSION, vaultId.clone(), kdf, salt, nonce, wrapped);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static boolean hasLength(byte[] bytes, int length) {
        return bytes != null && bytes.length == length;
    }

    private static byte[] aad(int formatVersion, byte[] vaultId, KdfParameters kdf, byte[] salt) {
        return VaultCrypto.keyAad(formatVersion, vaultId, kdf, salt);
    }

    @Override
    public String toString() {
        return "VaultHeader[format " + formatVersion + ", " + kdf + "]";
    }
}
