package io.yaoshi.vault;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * Seals items under the unlocked data key and opens them again. The plaintext is the kind code (1 byte), the payload
 * length (4 bytes), the payload and zero padding up to a multiple of {@value #PADDING_BLOCK} bytes, so the file shows
 * neither the kind nor the exact size of an item. Owns the data key and wipes it in {@link #wipe()}.
 */
final class ItemCipher {

    static final int ITEM_FORMAT = 1;
    static final int PADDING_BLOCK = 256;
    private static final int HEADER_BYTES = 5;

    private final byte[] dataKey;
    private final byte[] vaultId;
    private final SecureRandom random;
    private final VaultCrypto.Decryptor decryptor;

    /** Takes ownership of {@code dataKey}. */
    ItemCipher(byte[] dataKey, byte[] vaultId, SecureRandom random) {
        this.dataKey = dataKey;
        this.vaultId = vaultId.clone();
        this.random = random;
        this.decryptor = new VaultCrypto.Decryptor(dataKey);
    }

    SealedItem seal(VaultItem item) {
        byte[] plaintext = encode(item);
        try {
            byte[] nonce = new byte[VaultCrypto.NONCE_BYTES];
            random.nextBytes(nonce);
            byte[] aad = VaultCrypto.itemAad(ITEM_FORMAT, vaultId, item.id());
            return new SealedItem(item.id(), ITEM_FORMAT, nonce, VaultCrypto.encrypt(dataKey, nonce, plaintext, aad));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** Empty when the row does not authenticate as an item of this vault stored under its own id. */
    Optional<VaultItem> open(SealedItem row) {
        if (row.format() != ITEM_FORMAT) {
            return Optional.empty();
        }
        byte[] aad = VaultCrypto.itemAad(row.format(), vaultId, row.id());
        return decryptor.decrypt(row.nonce(), row.ciphertext(), aad).flatMap(plaintext -> decode(row, plaintext));
    }

    /** The seal row for {@code seal}, under a fresh nonce. */
    SealRow seal(VaultSeal seal) {
        byte[] nonce = new byte[VaultCrypto.NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] aad = VaultCrypto.sealAad(VaultSeal.FORMAT, vaultId);
        return new SealRow(nonce, VaultCrypto.encrypt(dataKey, nonce, seal.encode(), aad));
    }

    /** Empty when the row is not a seal of this vault (forged, damaged, or from another vault). */
    Optional<VaultSeal> open(SealRow row) {
        byte[] aad = VaultCrypto.sealAad(VaultSeal.FORMAT, vaultId);
        return decryptor.decrypt(row.nonce(), row.ciphertext(), aad).flatMap(VaultSeal::decode);
    }

    /** The copy of the key that {@code SecretKeySpec} keeps inside the JDK cannot be wiped; it becomes garbage. */
    void wipe() {
        Arrays.fill(dataKey, (byte) 0);
    }

    private static byte[] encode(VaultItem item) {
        byte[] payload = item.payload();
        try {
            int length = HEADER_BYTES + payload.length;
            int padded = (length + PADDING_BLOCK - 1) / PADDING_BLOCK * PADDING_BLOCK;
            return ByteBuffer.allocate(padded).put((byte) item.kind().code()).putInt(payload.length).put(payload)
                    .array();
        } finally {
            Arrays.fill(payload, (byte) 0);
        }
    }

    private static Optional<VaultItem> decode(SealedItem row, byte[] plaintext) {
        try {
            if (plaintext.length < HEADER_BYTES) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(plaintext);
            Optional<ItemKind> kind = ItemKind.fromCode(buffer.get());
            int length = buffer.getInt();
            if (kind.isEmpty() || length < 0 || length > buffer.remaining()) {
                return Optional.empty(); // authentic but not understood: an unknown kind from a newer version
            }
            byte[] payload = Arrays.copyOfRange(plaintext, HEADER_BYTES, HEADER_BYTES + length);
            return Optional.of(VaultItem.adopt(row.id(), kind.get(), payload));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }
}
