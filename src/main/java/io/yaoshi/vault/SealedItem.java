package io.yaoshi.vault;

import java.nio.ByteBuffer;
import java.util.UUID;

/** One row of the {@code items} table as stored: id, item format, nonce and AES-GCM ciphertext (with its tag). */
record SealedItem(UUID id, int format, byte[] nonce, byte[] ciphertext) {

    static byte[] idBytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    static UUID idFrom(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
