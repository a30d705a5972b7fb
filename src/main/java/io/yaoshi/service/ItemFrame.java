package io.yaoshi.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The plaintext layout of a vault item that carries a secret: {@code u32 length ‖ metadata ‖ secret (UTF-8,
 * optional)}. Listing reads the metadata alone; the secret is read out as a {@code char[]} only when it is needed,
 * and never becomes an immutable {@link String}.
 */
final class ItemFrame {

    private ItemFrame() {
    }

    static byte[] frame(byte[] meta, char[] secret) {
        ByteBuffer encoded = secret == null ? ByteBuffer.allocate(0)
                : StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        try {
            return ByteBuffer.allocate(Integer.BYTES + meta.length + encoded.remaining())
                    .putInt(meta.length).put(meta).put(encoded).array();
        } finally {
            Arrays.fill(encoded.array(), (byte) 0);
        }
    }

    /** A view of the metadata inside {@code payload}, nothing copied. */
    static ByteBuffer meta(ByteBuffer payload) throws IOException {
        int length = metaLength(payload);
        ByteBuffer meta = payload.duplicate();
        meta.position(payload.position() + Integer.BYTES).limit(payload.position() + Integer.BYTES + length);
        return meta;
    }

    /** Whether {@code start}, the start of a framed payload, holds all of the metadata (a bad length says no). */
    static boolean metaWithin(ByteBuffer start) {
        return start.remaining() >= Integer.BYTES
                && start.getInt(start.position()) <= start.remaining() - Integer.BYTES;
    }

    /** The secret as characters the caller must wipe, or empty when the item has none. */
    static Optional<char[]> secret(byte[] payload) throws IOException {
        int start = Integer.BYTES + metaLength(ByteBuffer.wrap(payload));
        if (start == payload.length) {
            return Optional.empty();
        }
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(payload, start, payload.length - start));
        char[] secret = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
        Arrays.fill(chars.array(), '\0');
        return Optional.of(secret);
    }

    private static int metaLength(ByteBuffer payload) throws IOException {
        if (payload.remaining() < Integer.BYTES) {
            throw new IOException("a vault item is too short");
        }
        int length = payload.getInt(payload.position());
        if (length < 0 || length > payload.remaining() - Integer.BYTES) {
            throw new IOException("a vault item has a bad metadata length");
        }
        return length;
    }
}
