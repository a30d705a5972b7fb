package io.yaoshi.vault;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * One stored item: an id, a kind and an opaque plaintext payload (JSON, written by the service layer). Immutable to
 * its users: the payload is copied in and out. The only change is the vault's own: items a vault hands out are wiped
 * (their payload reads as zeros) when it locks. {@link #toString()} never shows the payload.
 */
public final class VaultItem {

    private final UUID id;
    private final ItemKind kind;
    private final byte[] payload;

    public VaultItem(UUID id, ItemKind kind, byte[] payload) {
        this(id, kind, payload.clone(), true);
    }

    private VaultItem(UUID id, ItemKind kind, byte[] payload, boolean owned) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.payload = payload;
    }

    /** Takes {@code payload} without copying it: for freshly decrypted bytes nobody else holds. */
    static VaultItem adopt(UUID id, ItemKind kind, byte[] payload) {
        return new VaultItem(id, kind, payload, true);
    }

    /** A new item with a fresh random id. */
    public static VaultItem create(ItemKind kind, byte[] payload) {
        return new VaultItem(UUID.randomUUID(), kind, payload);
    }

    public UUID id() {
        return id;
    }

    public ItemKind kind() {
        return kind;
    }

    /** A copy of the plaintext payload; the caller should wipe it when done. */
    public byte[] payload() {
        return payload.clone();
    }

    /**
     * A read-only view of the payload, without copying it: for reading many items fast (unlocking 100,000 key pairs).
     * The view is wiped with the vault's copy when the vault locks, so read it now and keep nothing of it.
     */
    public ByteBuffer payloadView() {
        return ByteBuffer.wrap(payload).asReadOnlyBuffer();
    }

    /** The payload size in bytes, without copying it. */
    public int payloadLength() {
        return payload.length;
    }

    /** Overwrites the vault's own copy of the payload; used when the vault locks. */
    public void wipe() {
        Arrays.fill(payload, (byte) 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VaultItem item && id.equals(item.id) && kind == item.kind
                && Arrays.equals(payload, item.payload);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "VaultItem[" + id + ", " + kind + ", " + payload.length + " bytes]";
    }
}
