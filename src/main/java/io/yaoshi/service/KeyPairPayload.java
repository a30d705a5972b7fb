package io.yaoshi.service;

import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * A key pair's vault item: its metadata ({@link StoredKeyPair}) framed with its private key PEM by {@link ItemFrame}.
 * Unlocking parses only the metadata, so 100,000 key pairs list fast. A team's key pairs are stored the same way.
 */
public final class KeyPairPayload {

    private KeyPairPayload() {
    }

    public static byte[] encode(KeyPairRecord record, char[] privateKeyPem) {
        return ItemFrame.frame(StoredKeyPair.write(record), privateKeyPem);
    }

    /**
     * The metadata of an item, read from a view of the vault's copy (nothing is copied but the metadata), in the form
     * it was written in: this version's or the JSON of version 1.
     */
    public static KeyPairRecord decode(KeyId id, ByteBuffer payload) throws IOException {
        ByteBuffer meta = ItemFrame.meta(payload);
        if (StoredKeyPair.startsAt(meta)) {
            return StoredKeyPair.read(id, meta);
        }
        if (JsonKeyPair.startsAt(meta)) {
            return JsonKeyPair.read(id, meta);
        }
        throw new IOException("key pair metadata is in no known form");
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
