package io.yaoshi.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.util.ByteBufferBackedInputStream;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The plaintext of a key pair's vault item: {@code u32 length ‖ metadata JSON ‖ private key PEM (ASCII, optional)}.
 * Unlocking parses only the metadata, so 100,000 key pairs list fast; the private key is read out as a
 * {@code char[]} only when it is exported, and never becomes an immutable {@link String}.
 */
final class KeyPairPayload {

    private static final JsonFactory JSON = new JsonFactory();

    private KeyPairPayload() {
    }

    static byte[] encode(KeyPairRecord record, char[] privateKeyPem) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = JSON.createGenerator(json)) {
            StoredKeyPair.write(record, g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        byte[] meta = json.toByteArray();
        ByteBuffer pem = privateKeyPem == null ? ByteBuffer.allocate(0)
                : StandardCharsets.US_ASCII.encode(CharBuffer.wrap(privateKeyPem));
        try {
            return ByteBuffer.allocate(Integer.BYTES + meta.length + pem.remaining())
                    .putInt(meta.length).put(meta).put(pem).array();
        } finally {
            Arrays.fill(pem.array(), (byte) 0);
        }
    }

    /** The metadata of an item, read from a view of the vault's copy (nothing is copied but the metadata). */
    static KeyPairRecord decode(KeyId id, ByteBuffer payload) throws IOException {
        if (payload.remaining() < Integer.BYTES) {
            throw new IOException("a key pair item is too short");
        }
        int length = payload.getInt(payload.position());
        if (length < 0 || length > payload.remaining() - Integer.BYTES) {
            throw new IOException("a key pair item has a bad metadata length");
        }
        ByteBuffer meta = payload.duplicate();
        meta.position(payload.position() + Integer.BYTES).limit(payload.position() + Integer.BYTES + length);
        try (JsonParser p = JSON.createParser(new ByteBufferBackedInputStream(meta))) {
            return StoredKeyPair.read(id, p);
        }
    }

    /** The private key PEM as characters the caller must wipe, or empty for a public-only entry. */
    static Optional<char[]> privateKey(byte[] payload) throws IOException {
        int start = Integer.BYTES + metaLength(payload);
        if (start == payload.length) {
            return Optional.empty();
        }
        CharBuffer chars = StandardCharsets.US_ASCII.decode(ByteBuffer.wrap(payload, start, payload.length - start));
        char[] pem = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
        Arrays.fill(chars.array(), '\0');
        return Optional.of(pem);
    }

    private static int metaLength(byte[] payload) throws IOException {
        if (payload.length < Integer.BYTES) {
            throw new IOException("a key pair item is too short");
        }
        int length = ByteBuffer.wrap(payload).getInt();
        if (length < 0 || length > payload.length - Integer.BYTES) {
            throw new IOException("a key pair item has a bad metadata length");
        }
        return length;
    }
}
