package io.yaoshi.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM (the JDK's, which uses AES-NI and CLMUL) and the associated-data layouts that bind each ciphertext
 * to its place: the wrapped data key to the vault and its KDF header, each item to the vault and its id.
 */
final class VaultCrypto {

    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int VAULT_ID_BYTES = 16;
    private static final byte[] KEY_CONTEXT = "yaoshi-vault/data-key".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ITEM_CONTEXT = "yaoshi-vault/item".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEAL_CONTEXT = "yaoshi-vault/seal".getBytes(StandardCharsets.US_ASCII);

    private VaultCrypto() {
    }

    /** Associated data of the wrapped key: context, format, vault id, Argon2id parameters and salt. */
    static byte[] keyAad(int formatVersion, byte[] vaultId, KdfParameters kdf, byte[] salt) {
        return ByteBuffer.allocate(KEY_CONTEXT.length + 4 + vaultId.length + 12 + salt.length)
                .put(KEY_CONTEXT).putInt(formatVersion).put(vaultId)
                .putInt(kdf.memoryKiB()).putInt(kdf.iterations()).putInt(kdf.parallelism()).put(salt)
                .array();
    }

    /** Associated data of an item: context, item format, vault id and item id. The kind is inside the plaintext. */
    static byte[] itemAad(int itemFormat, byte[] vaultId, UUID itemId) {
        return ByteBuffer.allocate(ITEM_CONTEXT.length + 4 + vaultId.length + 16)
                .put(ITEM_CONTEXT).putInt(itemFormat).put(vaultId)
                .putLong(itemId.getMostSignificantBits()).putLong(itemId.getLeastSignificantBits())
                .array();
    }

    /** Associated data of the seal: context, seal format and vault id. */
    static byte[] sealAad(int sealFormat, byte[] vaultId) {
        return ByteBuffer.allocate(SEAL_CONTEXT.length + 4 + vaultId.length)
                .put(SEAL_CONTEXT).putInt(sealFormat).put(vaultId)
                .array();
    }

    static byte[] encrypt(byte[] key, byte[] nonce, byte[] plaintext, byte[] aad) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e); // every Java 17 runtime has it
        }
    }

    /** Empty when the ciphertext, nonce or associated data do not authenticate under the key. */
    static Optional<byte[]> decrypt(byte[] key, byte[] nonce, byte[] ciphertext, byte[] aad) {
        return new Decryptor(key).decrypt(nonce, ciphertext, aad);
    }

    /** Decrypts many ciphertexts under one key with one reused {@link Cipher}; not thread-safe. */
    static final class Decryptor {
        private final SecretKeySpec key;
        private final Cipher cipher;

        Decryptor(byte[] key) {
            this.key = new SecretKeySpec(key, "AES");
            try {
                this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM unavailable", e);
            }
        }

        Optional<byte[]> decrypt(byte[] nonce, byte[] ciphertext, byte[] aad) {
            if (nonce == null || nonce.length != NONCE_BYTES || ciphertext == null) {
                return Optional.empty();
            }
            return decrypt(nonce, 0, ciphertext, 0, ciphertext.length, aad);
        }

        /**
         * Decrypts {@code length} bytes of {@code input} from {@code offset}, under the nonce at {@code nonceOffset} of
         * {@code nonces}: a part of a row, without copying it out. The caller has checked the bounds.
         */
        Optional<byte[]> decrypt(byte[] nonces, int nonceOffset, byte[] input, int offset, int length, byte[] aad) {
            try {
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonces, nonceOffset,
                        NONCE_BYTES));
                cipher.updateAAD(aad);
                return Optional.of(cipher.doFinal(input, offset, length));
            } catch (GeneralSecurityException e) {
                return Optional.empty(); // AEADBadTagException above all: tampered, misplaced or wrong key
            }
        }
    }
}
