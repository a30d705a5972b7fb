package io.yaoshi.servers;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A region's servers mapped to the vault as read at {@code refreshedAt}, and the vault's key pairs of that region that
 * no server is bound to.
 */
public record Inventory(Placement scope, Instant refreshedAt, List<ServerEntry> servers,
                        List<KeyPairRecord> boundNowhere) {

    public Inventory {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(refreshedAt, "refreshedAt");
        servers = List.copyOf(servers);
        boundNowhere = List.copyOf(boundNowhere);
    }
}
