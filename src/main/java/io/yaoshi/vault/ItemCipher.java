package io.yaoshi.vault;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * Seals items under the unlocked data key and opens them again, in {@link ItemBox}'s padded plaintext, the associated
 * data binding each to this vault and its id. Owns the data key and wipes it in {@link #wipe()}.
 */
final class ItemCipher {

    static final int ITEM_FORMAT = 1;

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
        byte[] plaintext = ItemBox.encode(item);
        try {
            byte[] nonce = new byte[VaultCrypto.NONCE_BYTES];
            random.nextBytes(nonce);
            byte[] aad = VaultCrypto.itemAad(ITEM_FORMAT, vaultId, item.id());
            return new SealedItem(item.id(), ITEM_FORMAT, nonce, VaultCrypto.encrypt(dataKey, nonce, plaintext, aad));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** Empty when the row does not authenticate as an item of this vault stored under its own id. */
    Optional<VaultItem> open(SealedItem row) {
        if (row.format() != ITEM_FORMAT) {
            return Optional.empty();
        }
        byte[] aad = VaultCrypto.itemAad(row.format(), vaultId, row.id());
        return decryptor.decrypt(row.nonce(), row.ciphertext(), aad).flatMap(plaintext -> ItemBox.decode(row.id(), plaintext));
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
}
