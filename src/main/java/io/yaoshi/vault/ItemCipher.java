package io.yaoshi.vault;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * Seals items under the unlocked data key and opens them again. The plaintext is the kind code (1 byte), the payload
 * length (4 bytes), the payload and zero padding up to a bucket: {@value #SMALLEST_BUCKET} bytes, or the next power of
 * two above. A credential, an Ed25519, ECDSA, RSA-2048 or RSA-3072 key pair all take 4 KiB, so the file shows neither
 * an item's kind nor its key type; only an RSA-4096 key pair or an item with kilobytes of tags takes 8 KiB. Owns the
 * data key and wipes it in {@link #wipe()}.
 */
final class ItemCipher {

    static final int ITEM_FORMAT = 1;
    static final int SMALLEST_BUCKET = 4096;
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
            return ByteBuffer.allocate(bucketFor(HEADER_BYTES + payload.length)).put((byte) item.kind().code()).putInt(payload.length).put(payload)
                    .array();
        } finally {
            Arrays.fill(payload, (byte) 0);
        }
    }

    /** The padded plaintext length for {@code length} bytes of plaintext. */
    static int bucketFor(int length) {
        if (length > 1 << 30) {
            throw new IllegalArgumentException("an item of " + length + " bytes");
        }
        int bucket = SMALLEST_BUCKET;
        while (bucket < length) {
            bucket <<= 1;
        }
        return bucket;
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
