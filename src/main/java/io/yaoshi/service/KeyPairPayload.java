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
import java.util.Optional;

/**
 * A key pair's vault item: its metadata ({@link StoredKeyPair}) framed with its private key PEM by {@link ItemFrame}.
 * Unlocking parses only the metadata, so 100,000 key pairs list fast. A team's key pairs are stored the same way.
 */
public final class KeyPairPayload {

    private static final JsonFactory JSON = new JsonFactory();

    private KeyPairPayload() {
    }

    public static byte[] encode(KeyPairRecord record, char[] privateKeyPem) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = JSON.createGenerator(json)) {
            StoredKeyPair.write(record, g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return ItemFrame.frame(json.toByteArray(), privateKeyPem);
    }

    /** The metadata of an item, read from a view of the vault's copy (nothing is copied but the metadata). */
    public static KeyPairRecord decode(KeyId id, ByteBuffer payload) throws IOException {
        try (JsonParser p = JSON.createParser(new ByteBufferBackedInputStream(ItemFrame.meta(payload)))) {
            return StoredKeyPair.read(id, p);
        }
    }

    /** Whether {@code payloadStart}, the start of an item's payload, holds all of its listing. */
    public static boolean listingWithin(ByteBuffer payloadStart) {
        return ItemFrame.metaWithin(payloadStart);
    }

    /** The private key PEM as characters the caller must wipe, or empty for a public-only entry. */
    public static Optional<char[]> privateKey(byte[] payload) throws IOException {
        return ItemFrame.secret(payload);
    }
}
