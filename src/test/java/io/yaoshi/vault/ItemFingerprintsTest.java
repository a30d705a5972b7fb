package io.yaoshi.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ItemFingerprintsTest {

    private final Random random = new Random(7);

    @Test
    void theRootDependsOnTheRowsNotOnTheOrderTheyWereRead() {
        List<SealedItem> rows = rows(600);
        List<SealedItem> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, random);

        assertArrayEquals(of(rows).root(), of(shuffled).root());
    }

    @Test
    void anyChangedTagMissingOrExtraRowChangesTheRoot() {
        List<SealedItem> rows = rows(300);
        byte[] root = of(rows).root();

        SealedItem changed = rows.get(120);
        byte[] ciphertext = changed.ciphertext().clone();
        ciphertext[ciphertext.length - 1] ^= 1;
        List<SealedItem> withOlderCopy = new ArrayList<>(rows);
        withOlderCopy.set(120, new SealedItem(changed.id(), 1, changed.nonce(), ciphertext));

        assertFalse(Arrays.equals(root, of(withOlderCopy).root()));
        assertFalse(Arrays.equals(root, of(rows.subList(1, rows.size())).root()));
        List<SealedItem> extra = new ArrayList<>(rows);
        extra.addAll(rows(1));
        assertFalse(Arrays.equals(root, of(extra).root()));
    }

    @Test
    void aFailedWriteIsUndoneExactly() {
        List<SealedItem> rows = rows(400);
        ItemFingerprints fingerprints = of(rows);
        byte[] root = fingerprints.root();

        List<SealedItem> write = new ArrayList<>(rows(3));
        write.add(new SealedItem(rows.get(5).id(), 1, new byte[12], new byte[40]));
        write.add(new SealedItem(rows.get(5).id(), 1, new byte[12], new byte[41]));
        Map<UUID, byte[]> previous = fingerprints.replace(write);
        assertEquals(403, fingerprints.count());
        fingerprints.restore(previous);
        fingerprints.restore(fingerprints.remove(rows.get(9).id()));

        assertEquals(400, fingerprints.count());
        assertArrayEquals(root, fingerprints.root());
    }

    @Test
    void theRootIsTheDocumentedTreeInUuidOrder() throws Exception {
        List<SealedItem> rows = rows(2000);
        UUID base = rows.get(0).id(); // ids that differ only in their low half, of either sign
        rows.add(row(new UUID(base.getMostSignificantBits(), Long.MIN_VALUE)));
        rows.add(row(new UUID(base.getMostSignificantBits(), -1)));
        rows.add(row(new UUID(base.getMostSignificantBits(), 0)));
        rows.add(row(new UUID(Long.MIN_VALUE, 5)));
        rows.add(row(new UUID(Long.MAX_VALUE, 5)));
        rows.add(row(new UUID(0, 0)));

        assertArrayEquals(referenceRoot(rows), of(rows).root());
    }

    /** The root as the seal's documentation describes it, computed the plain way: the format every vault holds. */
    private static byte[] referenceRoot(List<SealedItem> rows) throws Exception {
        List<TreeMap<UUID, byte[]>> buckets = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            buckets.add(new TreeMap<>());
        }
        for (SealedItem row : rows) {
            buckets.get((int) (row.id().getMostSignificantBits() >>> 56)).put(row.id(), ItemCipher.tagOf(row));
        }
        MessageDigest root = MessageDigest.getInstance("SHA-256");
        root.update("yaoshi-vault/seal-root".getBytes(StandardCharsets.US_ASCII));
        root.update(ByteBuffer.allocate(4).putInt(rows.size()).array());
        for (TreeMap<UUID, byte[]> bucket : buckets) {
            MessageDigest hash = MessageDigest.getInstance("SHA-256");
            hash.update("yaoshi-vault/seal-bucket".getBytes(StandardCharsets.US_ASCII));
            bucket.forEach((id, tag) -> hash.update(ByteBuffer.allocate(32).putLong(id.getMostSignificantBits())
                    .putLong(id.getLeastSignificantBits()).put(tag).array()));
            root.update(hash.digest());
        }
        return root.digest();
    }

    private SealedItem row(UUID id) {
        byte[] ciphertext = new byte[64];
        random.nextBytes(ciphertext);
        return new SealedItem(id, 1, new byte[12], ciphertext);
    }

    private static ItemFingerprints of(List<SealedItem> rows) {
        ItemFingerprints fingerprints = new ItemFingerprints();
        rows.forEach(fingerprints::add);
        return fingerprints;
    }

    private List<SealedItem> rows(int count) {
        List<SealedItem> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row(new UUID(random.nextLong(), random.nextLong())));
        }
        return rows;
    }
}
