package io.yaoshi.servers;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.provider.CloudProviders;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.sshconfig.SshConfigWords;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a region's servers from its cloud, keeps the reading in the vault ({@link InventoryCache}) and maps each server
 * to the vault's key pair bound there: Aliyun names the key pair, UCloud gives its id, so the match is on each cloud's
 * own id of a key pair ({@link KeyPairRecord#remoteId()}), within the same region (and UCloud project). Every region
 * read so far is known offline; ssh aliases are unique across all of them, so a listing and the generated ssh config
 * agree.
 */
public final class ServerInventory {

    private final VaultSession vault;
    private final CloudProviders clouds;
    private final InventoryCache cache;
    private final Clock clock;

    public ServerInventory(VaultSession vault, CloudProviders clouds, Clock clock) {
        this.vault = vault;
        this.clouds = clouds;
        this.cache = new InventoryCache(vault);
        this.clock = clock;
    }

    /** Reads the region from its cloud now and keeps the reading. */
    public Inventory read(Placement scope) throws ProviderException, VaultAccessException {
        List<ServerInstance> instances = clouds.forProvider(scope.provider()).instances(scope);
        cache.store(new InventoryCache.Snapshot(scope, clock.instant(), instances));
        return cached(scope).orElseThrow();
    }

    /** The region as last read, without the network; empty when it was never read. */
    public Optional<Inventory> cached(Placement scope) throws VaultAccessException {
        return known().stream().filter(i -> i.scope().sameScopeAs(scope)).findFirst();
    }

    /** Every region read so far, as last read, mapped to the vault as it is now. */
    public List<Inventory> known() throws VaultAccessException {
        List<KeyPairRecord> keyPairs = vault.keyPairs();
        Set<String> aliases = new HashSet<>();
        List<Inventory> known = new ArrayList<>();
        for (InventoryCache.Snapshot snapshot : cache.all()) {
            known.add(map(snapshot, keyPairs, aliases));
        }
        return known;
    }

    private static Inventory map(InventoryCache.Snapshot snapshot, List<KeyPairRecord> keyPairs,
                                 Set<String> aliases) {
        List<KeyPairRecord> here = keyPairs.stream()
                .filter(k -> k.placement().sameScopeAs(snapshot.scope()) && k.mayExistAtCloud()
                        && !k.remoteId().isEmpty()).toList();
        Set<String> bound = new HashSet<>();
        List<ServerEntry> entries = new ArrayList<>();
        for (ServerInstance instance : snapshot.servers()) {
            Optional<KeyPairRecord> key = instance.keyPair().flatMap(id -> here.stream()
                    .filter(k -> k.remoteId().equals(id)).findFirst());
            instance.keyPair().ifPresent(bound::add);
            entries.add(new ServerEntry(instance, key, uniqueAlias(instance, aliases)));
        }
        List<KeyPairRecord> boundNowhere = here.stream().filter(k -> !bound.contains(k.remoteId())).toList();
        return new Inventory(snapshot.scope(), snapshot.refreshedAt(), entries, boundNowhere);
    }

    /** The instance's name as one ssh word; its id where the name is taken (or empty). */
    private static String uniqueAlias(ServerInstance instance, Set<String> taken) {
        String alias = SshConfigWords.stem(instance.name(), instance.id());
        if (!taken.add(alias)) {
            alias = SshConfigWords.stem(instance.id(), "server");
            taken.add(alias);
        }
        return alias;
    }
}
