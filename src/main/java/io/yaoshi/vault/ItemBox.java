package io.yaoshi.vault;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The vault's item format under a key and associated data its user chooses (the personal vault binds its id, the
 * team vault its team, item and version). The plaintext is the kind code (1 byte), the payload length (4 bytes), the
 * payload and zero padding up to a bucket: {@value #SMALLEST_BUCKET} bytes, or the next power of two above. A
 * credential, an Ed25519, ECDSA, RSA-2048 or RSA-3072 key pair all take 4 KiB, so a stored item shows neither its
 * kind nor its key type; only an RSA-4096 key pair or an item with kilobytes of tags takes 8 KiB. A box is the
 * 12-byte nonce followed by the AES-256-GCM ciphertext. Keeps a copy of the key and wipes it in {@link #wipe()}.
 */
public final class ItemBox {

    public static final int KEY_BYTES = VaultCrypto.KEY_BYTES;
    static final int SMALLEST_BUCKET = 4096;
    static final int HEADER_BYTES = 5;

    private final byte[] key;
    private final SecureRandom random;
    private final VaultCrypto.Decryptor decryptor;

    public ItemBox(byte[] key, SecureRandom random) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("an item key is " + KEY_BYTES + " bytes");
        }
        this.key = key.clone();
        this.random = random;
        this.decryptor = new VaultCrypto.Decryptor(this.key);
    }

    /** The nonce and ciphertext of {@code item} under this key and {@code aad}. */
    public byte[] seal(VaultItem item, byte[] aad) {
        byte[] plaintext = encode(item);
        try {
            byte[] nonce = new byte[VaultCrypto.NONCE_BYTES];
            random.nextBytes(nonce);
            byte[] ciphertext = VaultCrypto.encrypt(key, nonce, plaintext, aad);
            return ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array();
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** Empty when {@code box} does not authenticate under this key and {@code aad}, or holds an unknown kind. */
    public Optional<VaultItem> open(UUID id, byte[] box, byte[] aad) {
        if (box.length <= VaultCrypto.NONCE_BYTES) {
            return Optional.empty();
        }
        byte[] nonce = Arrays.copyOf(box, VaultCrypto.NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(box, VaultCrypto.NONCE_BYTES, box.length);
        return decryptor.decrypt(nonce, ciphertext, aad).flatMap(plaintext -> decode(id, plaintext));
    }

    /** The copy of the key that {@code SecretKeySpec} keeps inside the JDK cannot be wiped; it becomes garbage. */
    public void wipe() {
        Arrays.fill(key, (byte) 0);
    }

    static byte[] encode(VaultItem item) {
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

    static Optional<VaultItem> decode(UUID id, byte[] plaintext) {
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
            return Optional.of(VaultItem.adopt(id, kind.get(), payload));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }
}
