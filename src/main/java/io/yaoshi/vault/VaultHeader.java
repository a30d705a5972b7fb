package io.yaoshi.vault;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one header row: the random vault id, the Argon2id parameters and salt, and the data key wrapped with AES-256-GCM
 * under the key the password derives. Changing the password replaces everything here except the vault id and the data
 * key inside. The checksum (SHA-256 of the rest; absent before format 2) is no protection, which the wrapping gives:
 * it tells a damaged header from a wrong password, which AES-GCM alone cannot.
 */
record VaultHeader(int formatVersion, byte[] vaultId, KdfParameters kdf, byte[] salt, byte[] keyNonce,
                   byte[] wrappedKey, byte[] checksum) {

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
            return new VaultHeader(FORMAT_VERSION, vaultId.clone(), kdf, salt, nonce, wrapped,
                    checksumOf(FORMAT_VERSION, vaultId, kdf, salt, nonce, wrapped));
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** False when the stored checksum differs from the fields: the header was damaged (or edited) on disk. */
    boolean isIntact() {
        return checksum == null
                || MessageDigest.isEqual(checksum, checksumOf(formatVersion, vaultId, kdf, salt, keyNonce, wrappedKey));
    }

    private static byte[] checksumOf(int formatVersion, byte[] vaultId, KdfParameters kdf, byte[] salt,
                                     byte[] keyNonce, byte[] wrappedKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(aad(formatVersion, vaultId, kdf, salt));
            sha256.update(keyNonce);
            sha256.update(wrappedKey);
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
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
