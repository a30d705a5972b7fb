package io.yaoshi.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
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

    private final Bucket[] buckets = new Bucket[BUCKETS];
    /** The hash of each bucket, null while it must be computed again. */
    private final byte[][] bucketHashes = new byte[BUCKETS][];
    private int count;

    ItemFingerprints() {
        for (int i = 0; i < BUCKETS; i++) {
            buckets[i] = new Bucket();
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
                bucketHashes[i] = buckets[i].hash();
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

    /**
     * One bucket's fingerprints in {@link UUID}'s own order (signed high half, then signed low half), which its hash
     * follows: parallel arrays kept sorted, searched by halves. An unlock puts 100,000 rows in 256 buckets of about
     * 400, so an insert moves a few hundred slots, and a cold JVM runs one small loop instead of a tree of UUIDs.
     */
    private static final class Bucket {
        private long[] most = new long[16];
        private long[] least = new long[16];
        private byte[][] tags = new byte[16][];
        private int size;

        byte[] get(UUID id) {
            int at = find(id.getMostSignificantBits(), id.getLeastSignificantBits());
            return at >= 0 ? tags[at] : null;
        }

        /** Sets the id's tag; returns the one it replaced, or null. */
        byte[] put(UUID id, byte[] tag) {
            long m = id.getMostSignificantBits();
            long l = id.getLeastSignificantBits();
            int at = find(m, l);
            if (at >= 0) {
                byte[] replaced = tags[at];
                tags[at] = tag;
                return replaced;
            }
            int insert = -at - 1;
            if (size == most.length) {
                most = Arrays.copyOf(most, size * 2);
                least = Arrays.copyOf(least, size * 2);
                tags = Arrays.copyOf(tags, size * 2);
            }
            shift(insert, insert + 1, size - insert);
            most[insert] = m;
            least[insert] = l;
            tags[insert] = tag;
            size++;
            return null;
        }

        byte[] remove(UUID id) {
            int at = find(id.getMostSignificantBits(), id.getLeastSignificantBits());
            if (at < 0) {
                return null;
            }
            byte[] removed = tags[at];
            shift(at + 1, at, size - at - 1);
            size--;
            tags[size] = null;
            return removed;
        }

        void clear() {
            Arrays.fill(tags, 0, size, null);
            size = 0;
        }

        byte[] hash() {
            MessageDigest sha256 = sha256();
            sha256.update(BUCKET_CONTEXT);
            ByteBuffer entry = ByteBuffer.allocate(16 + TAG_BYTES);
            for (int i = 0; i < size; i++) {
                entry.clear();
                entry.putLong(most[i]).putLong(least[i]).put(tags[i]);
                sha256.update(entry.array());
            }
            return sha256.digest();
        }

        private void shift(int from, int to, int count) {
            System.arraycopy(most, from, most, to, count);
            System.arraycopy(least, from, least, to, count);
            System.arraycopy(tags, from, tags, to, count);
        }

        /** The index of the id, or {@code -(insertion point) - 1} as {@link Arrays#binarySearch} answers. */
        private int find(long m, long l) {
            int low = 0;
            int high = size - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int order = most[mid] != m ? Long.compare(most[mid], m) : Long.compare(least[mid], l);
                if (order < 0) {
                    low = mid + 1;
                } else if (order > 0) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -(low + 1);
        }
    }
}
