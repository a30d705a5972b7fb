package io.yaoshi.vault;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals items under the unlocked data key and opens them again, in {@link ItemBox}'s padded plaintext, the associated
 * data binding each to this vault and its id. Owns the data key and wipes it in {@link #wipe()}.
 *
 * <p>An item is sealed in two AES-GCM boxes (format {@value #SPLIT_FORMAT}), so an unlock reads and decrypts only the
 * first {@value #HEAD_BYTES} bytes of each padded plaintext (the kind, the length and what a listing needs) and
 * leaves the rest (a private key) on disk until it is asked for. The body is sealed first; the head's associated data
 * holds the body's tag, so the head's tag — the row's fingerprint in the seal — stands for the whole item. The nonce
 * column holds both nonces; the row's ciphertext is the head box followed by the body's tag, and the body box is
 * stored apart ({@link SealedItem#body()}). Rows of format {@value #WHOLE_FORMAT} (one box over the whole plaintext)
 * are still read, and are rewritten split when next saved.
 */
final class ItemCipher {

    static final int WHOLE_FORMAT = 1;
    static final int SPLIT_FORMAT = 2;
    /** Plaintext bytes in the head: the kind and length, and a key pair's listing for every key type. */
    static final int HEAD_BYTES = 1024;
    static final int TAG_BYTES = VaultCrypto.TAG_BITS / 8;
    static final int HEAD_BOX_BYTES = HEAD_BYTES + TAG_BYTES;
    private static final byte HEAD_PART = 1;
    private static final byte BODY_PART = 2;

    private final byte[] dataKey;
    private final byte[] vaultId;
    private final SecureRandom random;
    private final VaultCrypto.Decryptor decryptor;

    /** Takes ownership of {@code dataKey}. */
    ItemCipher(byte[] dataKey, byte[] vaultId, SecureRandom random) {
        this.dataKey = dataKey;
        this.vaultId = vaultId.clone();
        this.random = random;
        this.decryptor = new VaultCrypto.Decryptor(dataKey);
    }

    SealedItem seal(VaultItem item) {
        byte[] plaintext = ItemBox.encode(item); // at least one bucket: always longer than the head
        byte[] head = Arrays.copyOf(plaintext, HEAD_BYTES);
        byte[] body = Arrays.copyOfRange(plaintext, HEAD_BYTES, plaintext.length);
        try {
            byte[] nonces = new byte[2 * VaultCrypto.NONCE_BYTES];
            random.nextBytes(nonces);
            byte[] bodyBox = VaultCrypto.encrypt(dataKey, bodyNonce(nonces), body, partAad(item.id(), BODY_PART,
                    new byte[0]));
            byte[] headBox = VaultCrypto.encrypt(dataKey, headNonce(nonces), head, partAad(item.id(), HEAD_PART,
                    tagOf(bodyBox)));
            byte[] ciphertext = ByteBuffer.allocate(headBox.length + TAG_BYTES).put(headBox).put(tagOf(bodyBox))
                    .array();
            return new SealedItem(item.id(), SPLIT_FORMAT, nonces, ciphertext, bodyBox);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
            Arrays.fill(head, (byte) 0);
            Arrays.fill(body, (byte) 0);
        }
    }

    /**
     * Empty when the whole item (a split item's head and body) does not authenticate as an item of this vault stored
     * under its own id.
     */
    Optional<VaultItem> open(SealedItem row) {
        return plaintextOf(row).flatMap(plaintext -> ItemBox.decode(row.id(), plaintext));
    }

    /**
     * The item's head (a whole item's for a row of the older format): empty when it does not authenticate or names an
     * unknown kind. A head that authenticates vouches for the body's tag; the body is checked when the whole item is
     * opened.
     */
    Optional<ItemHead> openHead(SealedItem row) {
        if (row.format() != SPLIT_FORMAT) {
            return open(row).map(ItemHead::whole);
        }
        return headPlaintext(row).flatMap(ItemHead::decode);
    }

    /** The tag that stands for the row in the seal: the head's for a split row, the only one otherwise. */
    static byte[] tagOf(SealedItem row) {
        byte[] ciphertext = row.ciphertext();
        int end = row.format() == SPLIT_FORMAT ? Math.min(HEAD_BOX_BYTES, ciphertext.length) : ciphertext.length;
        return tagEndingAt(ciphertext, end);
    }

    /** The seal row for {@code seal}, under a fresh nonce. */
    SealRow seal(VaultSeal seal) {
        byte[] nonce = new byte[VaultCrypto.NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] aad = VaultCrypto.sealAad(VaultSeal.FORMAT, vaultId);
        return new SealRow(nonce, VaultCrypto.encrypt(dataKey, nonce, seal.encode(), aad));
    }

    /** Empty when the row is not a seal of this vault (forged, damaged, or from another vault). */
    Optional<VaultSeal> open(SealRow row) {
        byte[] aad = VaultCrypto.sealAad(VaultSeal.FORMAT, vaultId);
        return decryptor.decrypt(row.nonce(), row.ciphertext(), aad).flatMap(VaultSeal::decode);
    }

    /** The copy of the key that {@code SecretKeySpec} keeps inside the JDK cannot be wiped; it becomes garbage. */
    void wipe() {
        Arrays.fill(dataKey, (byte) 0);
    }

    private Optional<byte[]> plaintextOf(SealedItem row) {
        if (row.format() == WHOLE_FORMAT) {
            return decryptor.decrypt(row.nonce(), row.ciphertext(), VaultCrypto.itemAad(WHOLE_FORMAT, vaultId,
                    row.id()));
        }
        byte[] bodyBox = row.body();
        if (bodyBox == null || !MessageDigest.isEqual(tagOf(bodyBox), tagOf(row.ciphertext()))) {
            return Optional.empty(); // no body, or not the body the head names (another, or an older copy)
        }
        Optional<byte[]> head = headPlaintext(row);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> body = decryptor.decrypt(row.nonce(), VaultCrypto.NONCE_BYTES, bodyBox, 0, bodyBox.length,
                partAad(row.id(), BODY_PART, new byte[0]));
        if (body.isEmpty()) {
            Arrays.fill(head.get(), (byte) 0);
            return Optional.empty();
        }
        byte[] plaintext = ByteBuffer.allocate(HEAD_BYTES + body.get().length).put(head.get()).put(body.get()).array();
        Arrays.fill(head.get(), (byte) 0);
        Arrays.fill(body.get(), (byte) 0);
        return Optional.of(plaintext);
    }

    /** A split row's head, decrypted: its ciphertext is the head box and the body's tag, which the head authenticates. */
    private Optional<byte[]> headPlaintext(SealedItem row) {
        if (row.format() != SPLIT_FORMAT || row.nonce().length != 2 * VaultCrypto.NONCE_BYTES
                || row.ciphertext().length != HEAD_BOX_BYTES + TAG_BYTES) {
            return Optional.empty();
        }
        return decryptor.decrypt(row.nonce(), 0, row.ciphertext(), 0, HEAD_BOX_BYTES, partAad(row.id(), HEAD_PART,
                tagOf(row.ciphertext())));
    }

    private byte[] partAad(UUID id, byte part, byte[] bodyTag) {
        byte[] item = VaultCrypto.itemAad(SPLIT_FORMAT, vaultId, id);
        return ByteBuffer.allocate(item.length + 1 + bodyTag.length).put(item).put(part).put(bodyTag).array();
    }

    private static byte[] tagOf(byte[] box) {
        return tagEndingAt(box, box.length);
    }

    /** The 16 bytes before {@code end}, or all of a shorter (damaged) box, padded so every tag has one size. */
    private static byte[] tagEndingAt(byte[] bytes, int end) {
        byte[] tag = new byte[TAG_BYTES];
        int from = Math.max(0, end - TAG_BYTES);
        System.arraycopy(bytes, from, tag, 0, end - from);
        return tag;
    }

    private static byte[] headNonce(byte[] nonces) {
        return Arrays.copyOf(nonces, VaultCrypto.NONCE_BYTES);
    }

    private static byte[] bodyNonce(byte[] nonces) {
        return Arrays.copyOfRange(nonces, VaultCrypto.NONCE_BYTES, nonces.length);
    }
}
