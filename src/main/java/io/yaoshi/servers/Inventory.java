package io.yaoshi.servers;

import io.yaoshi.domain.KeyPairRecord;
import java.util.List;

/** A region's servers mapped to the vault, and the vault's key pairs of that region that no server is bound to. */
public record Inventory(List<ServerEntry> servers, List<KeyPairRecord> boundNowhere) {

    public Inventory {
        servers = List.copyOf(servers);
        boundNowhere = List.copyOf(boundNowhere);
    }
}
