package io.yaoshi.vault;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * What an unlock shows of an item it leaves on disk ({@link ItemKind#readOnDemand()}): its id, kind and a read-only
 * view of the start of its payload, whole when {@code complete}. The view is wiped when the reader returns: read it
 * then and keep nothing of it; {@link Vault#get} reads the whole item.
 */
public record ItemPreview(UUID id, ItemKind kind, ByteBuffer payloadStart, boolean complete) {

    /** Reads the previews of an unlock, one at a time, in storage order, on the unlock's own second thread. */
    @FunctionalInterface
    public interface Reader {
        void read(ItemPreview preview);
    }
}
