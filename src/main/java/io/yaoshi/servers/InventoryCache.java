package io.yaoshi.servers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.domain.VaultProblem;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.VaultItem;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The last reading of each region's servers, kept in the vault as encrypted items (one per region and UCloud
 * project, under a random id so the file does not tell which regions are used), so the inventory opens offline.
 */
final class InventoryCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VaultSession vault;

    InventoryCache(VaultSession vault) {
        this.vault = vault;
    }

    /** One region's servers as read at {@code refreshedAt}. */
    record Snapshot(Placement scope, Instant refreshedAt, List<ServerInstance> servers) {
        Snapshot {
            servers = List.copyOf(servers);
        }
    }

    /** What is stored, in the vault's own words. */
    private record Stored(String provider, String region, String projectId, long refreshedAt, List<Server> servers) {
    }

    private record Server(String id, String name, String state, String os, String zone, String eip,
                          List<String> publicIps, List<String> privateIps, String keyPair) {
    }

    /** Every stored region, in a stable order (cloud, region, project). */
    List<Snapshot> all() throws VaultAccessException {
        List<Snapshot> all = new ArrayList<>();
        for (VaultItem item : vault.items(ItemKind.SERVER_INVENTORY)) {
            all.add(decode(item));
        }
        all.sort(Comparator.comparing((Snapshot s) -> s.scope().provider().id())
                .thenComparing(s -> s.scope().region()).thenComparing(s -> s.scope().projectId()));
        return all;
    }

    /** Replaces the stored reading of {@code snapshot}'s region. */
    void store(Snapshot snapshot) throws VaultAccessException {
        UUID id = UUID.randomUUID();
        for (VaultItem item : vault.items(ItemKind.SERVER_INVENTORY)) {
            if (decode(item).scope().sameScopeAs(snapshot.scope())) {
                id = item.id();
            }
        }
        Placement scope = snapshot.scope();
        List<Server> servers = snapshot.servers().stream().map(i -> new Server(i.id(), i.name(), i.state(), i.os(),
                i.zone(), i.addresses().eip().orElse(null), i.addresses().publicIps(), i.addresses().privateIps(),
                i.keyPair().orElse(null))).toList();
        try {
            vault.put(new VaultItem(id, ItemKind.SERVER_INVENTORY, JSON.writeValueAsBytes(new Stored(
                    scope.provider().id(), scope.region(), scope.projectId(), snapshot.refreshedAt().toEpochMilli(),
                    servers))));
        } catch (IOException e) {
            throw new IllegalStateException("a record of strings always serialises", e);
        }
    }

    private static Snapshot decode(VaultItem item) throws VaultAccessException {
        try {
            Stored stored = JSON.readValue(item.payload(), Stored.class);
            ProviderId provider = ProviderId.fromId(stored.provider())
                    .orElseThrow(() -> new IOException("unknown cloud " + stored.provider()));
            Placement scope = new Placement(provider, stored.region(), "", stored.projectId(), "");
            List<ServerInstance> servers = stored.servers().stream().map(s -> new ServerInstance(scope, s.id(),
                    s.name(), s.state(), s.os(), new ServerInstance.Addresses(Optional.ofNullable(s.eip()),
                    s.publicIps(), s.privateIps()), s.zone(), Optional.ofNullable(s.keyPair()))).toList();
            return new Snapshot(scope, Instant.ofEpochMilli(stored.refreshedAt()), servers);
        } catch (IOException e) {
            throw new VaultAccessException(VaultProblem.IO, e);
        }
    }
}
