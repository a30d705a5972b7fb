package io.yaoshi.vault;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * One item as stored: id, item format, nonce(s) and AES-GCM ciphertext (with its tag) in the {@code items} table, and
 * for a split item ({@link ItemCipher}) its body box in {@code item_bodies}; {@code body} is null for a whole item
 * and for a split item read without its body (an unlock).
 */
record SealedItem(UUID id, int format, byte[] nonce, byte[] ciphertext, byte[] body) {

    /** A row without a body. */
    SealedItem(UUID id, int format, byte[] nonce, byte[] ciphertext) {
        this(id, format, nonce, ciphertext, null);
    }

    static byte[] idBytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    static UUID idFrom(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
