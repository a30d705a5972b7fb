package io.yaoshi.vault;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the vault's state should be, sealed under the data key in the {@code seal} row: a write counter, how many
 * item rows there are and the root hash of their fingerprints ({@link ItemFingerprints}). Items are authenticated one
 * by one; this binds the set, so a deleted row, an older copy of a row or a deleted item put back no longer passes.
 * {@code alteredSince} (epoch seconds, 0 for never) remembers an alteration found at an unlock until the user accepts
 * the vault as it is: later writes re-seal the new state without forgetting that it was altered.
 */
record VaultSeal(long generation, int itemCount, byte[] root, long alteredSince) {

    static final int FORMAT = 1;
    private static final int BYTES = 1 + 8 + 4 + ItemFingerprints.ROOT_BYTES + 8;

    VaultSeal {
        if (root == null || root.length != ItemFingerprints.ROOT_BYTES || itemCount < 0) {
            throw new IllegalArgumentException("malformed seal");
        }
    }

    /** The seal of the state after one more write. */
    VaultSeal next(int newCount, byte[] newRoot) {
        return new VaultSeal(generation + 1, newCount, newRoot, alteredSince);
    }

    boolean matches(int count, byte[] otherRoot) {
        return itemCount == count && Arrays.equals(root, otherRoot);
    }

    byte[] encode() {
        return ByteBuffer.allocate(BYTES).put((byte) FORMAT).putLong(generation).putInt(itemCount).put(root)
                .putLong(alteredSince).array();
    }

    /** Empty for bytes that are not a seal of this format (they authenticated, so a newer version wrote them). */
    static Optional<VaultSeal> decode(byte[] bytes) {
        if (bytes.length != BYTES || bytes[0] != FORMAT) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, BYTES - 1);
        long generation = buffer.getLong();
        int count = buffer.getInt();
        byte[] root = new byte[ItemFingerprints.ROOT_BYTES];
        buffer.get(root);
        long alteredSince = buffer.getLong();
        return count < 0 ? Optional.empty() : Optional.of(new VaultSeal(generation, count, root, alteredSince));
    }
}
