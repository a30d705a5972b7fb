package io.yaoshi.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The fingerprint of every item row, whether it authenticates or not: its id and its AES-GCM tag (a split row's head
 * tag, {@link ItemCipher#tagOf}). The tag stands for the whole row: it authenticates nonce, ciphertext and id (and a
 * head the body's tag) under the data key, and every write draws fresh nonces, so an older copy of a row has another
 * tag. The root is a two-level hash tree: rows fall into 256 buckets by
 * the first byte of their id, each bucket hashes its fingerprints in id order, and the root hashes the row count and
 * the 256 bucket hashes, so a write re-hashes one bucket instead of 100,000 rows. The seal keeps the root under the
 * data key, so SHA-256's collision resistance is all the tree needs.
 */
final class ItemFingerprints {

    static final int ROOT_BYTES = 32;
    private static final int BUCKETS = 256;
    private static final int TAG_BYTES = VaultCrypto.TAG_BITS / 8;
    private static final byte[] ROOT_CONTEXT = "yaoshi-vault/seal-root".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BUCKET_CONTEXT = "yaoshi-vault/seal-bucket".getBytes(StandardCharsets.US_ASCII);

    /** Each bucket in {@link UUID}'s own order, which its hash follows. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // Java has no generic array creation
    private final TreeMap<UUID, byte[]>[] buckets = new TreeMap[BUCKETS];
    /** The hash of each bucket, null while it must be computed again. */
    private final byte[][] bucketHashes = new byte[BUCKETS][];
    private int count;

    ItemFingerprints() {
        for (int i = 0; i < BUCKETS; i++) {
            buckets[i] = new TreeMap<>();
        }
    }

    void add(SealedItem row) {
        put(row.id(), ItemCipher.tagOf(row));
    }

    /**
     * Puts {@code rows} in place of the rows with their ids and returns what they replaced (a null value for a new
     * id), for {@link #restore} when the write that stores them fails.
     */
    Map<UUID, byte[]> replace(Iterable<SealedItem> rows) {
        Map<UUID, byte[]> previous = new HashMap<>();
        for (SealedItem row : rows) {
            byte[] replaced = put(row.id(), ItemCipher.tagOf(row));
            if (!previous.containsKey(row.id())) {
                previous.put(row.id(), replaced);
            }
        }
        return previous;
    }

    /** Removes the row's fingerprint and returns what {@link #restore} needs to put it back. */
    Map<UUID, byte[]> remove(UUID id) {
        Map<UUID, byte[]> previous = new HashMap<>();
        previous.put(id, put(id, null));
        return previous;
    }

    void restore(Map<UUID, byte[]> previous) {
        previous.forEach(this::put);
    }

    int count() {
        return count;
    }

    byte[] root() {
        MessageDigest sha256 = sha256();
        sha256.update(ROOT_CONTEXT);
        sha256.update(ByteBuffer.allocate(4).putInt(count).array());
        for (int i = 0; i < BUCKETS; i++) {
            if (bucketHashes[i] == null) {
                bucketHashes[i] = hash(buckets[i]);
            }
            sha256.update(bucketHashes[i]);
        }
        return sha256.digest();
    }

    void clear() {
        for (int i = 0; i < BUCKETS; i++) {
            buckets[i].clear();
            bucketHashes[i] = null;
        }
        count = 0;
    }

    /** Sets (or with a null tag removes) one fingerprint; returns the one it replaced. */
    private byte[] put(UUID id, byte[] tag) {
        int bucket = bucketOf(id);
        byte[] replaced = tag == null ? buckets[bucket].remove(id) : buckets[bucket].put(id, tag);
        count += (tag == null ? 0 : 1) - (replaced == null ? 0 : 1);
        bucketHashes[bucket] = null;
        return replaced;
    }

    private static int bucketOf(UUID id) {
        return (int) (id.getMostSignificantBits() >>> 56);
    }

    private static byte[] hash(TreeMap<UUID, byte[]> bucket) {
        MessageDigest sha256 = sha256();
        sha256.update(BUCKET_CONTEXT);
        ByteBuffer entry = ByteBuffer.allocate(16 + TAG_BYTES);
        bucket.forEach((id, tag) -> {
            entry.clear();
            entry.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).put(tag);
            sha256.update(entry.array());
        });
        return sha256.digest();
    }

    /** Whether {@code row} is the one fingerprinted under its id. */
    boolean holds(SealedItem row) {
        byte[] held = buckets[bucketOf(row.id())].get(row.id());
        return held != null && MessageDigest.isEqual(held, ItemCipher.tagOf(row));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e); // every Java runtime has it
        }
    }
}
