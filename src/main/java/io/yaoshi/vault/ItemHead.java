package io.yaoshi.vault;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * The start of an item as an unlock reads it: its kind and a view of as much of its payload as the head holds
 * ({@code complete} when that is all of it), over the decrypted head, which {@link #wipe()} overwrites.
 */
record ItemHead(ItemKind kind, ByteBuffer payloadStart, boolean complete, byte[] plaintext) {

    /** The head of a whole item (a row written before heads existed): always complete. */
    static ItemHead whole(VaultItem item) {
        byte[] payload = item.payload();
        return new ItemHead(item.kind(), ByteBuffer.wrap(payload), true, payload);
    }

    /** Reads a head's plaintext (kind, payload length, payload start); empty, and wiped, for an unknown kind. */
    static Optional<ItemHead> decode(byte[] head) {
        ByteBuffer buffer = ByteBuffer.wrap(head);
        Optional<ItemKind> kind = ItemKind.fromCode(buffer.get());
        int length = buffer.getInt();
        if (kind.isEmpty() || length < 0) {
            Arrays.fill(head, (byte) 0);
            return Optional.empty(); // authentic but not understood: an unknown kind from a newer version
        }
        int available = Math.min(length, head.length - ItemBox.HEADER_BYTES);
        return Optional.of(new ItemHead(kind.get(), ByteBuffer.wrap(head, ItemBox.HEADER_BYTES, available).slice(),
                available == length, head));
    }

    /** A copy of the payload start, for an item kept whole. */
    byte[] payloadCopy() {
        byte[] copy = new byte[payloadStart.remaining()];
        payloadStart.duplicate().get(copy);
        return copy;
    }

    void wipe() {
        Arrays.fill(plaintext, (byte) 0);
    }
}
