package io.yaoshi.servers;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.provider.CloudProviders;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.sshconfig.SshConfigWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a region's servers from its cloud and maps each to the vault's key pair bound there: Aliyun names the key
 * pair, UCloud gives its id, so the match is on each cloud's own id of a key pair ({@link KeyPairRecord#remoteId()}),
 * within the same region (and UCloud project).
 */
public final class ServerInventory {

    private final VaultSession vault;
    private final CloudProviders clouds;

    public ServerInventory(VaultSession vault, CloudProviders clouds) {
        this.vault = vault;
        this.clouds = clouds;
    }

    public Inventory read(Placement scope) throws ProviderException, VaultAccessException {
        List<ServerInstance> instances = clouds.forProvider(scope.provider()).instances(scope);
        List<KeyPairRecord> here = vault.keyPairs().stream()
                .filter(k -> k.placement().sameScopeAs(scope) && !k.remoteId().isEmpty()).toList();
        Set<String> aliases = new HashSet<>();
        Set<String> bound = new HashSet<>();
        List<ServerEntry> entries = new ArrayList<>();
        for (ServerInstance instance : instances) {
            Optional<KeyPairRecord> key = instance.keyPair().flatMap(id -> here.stream()
                    .filter(k -> k.remoteId().equals(id)).findFirst());
            instance.keyPair().ifPresent(bound::add);
            entries.add(new ServerEntry(instance, key, uniqueAlias(instance, aliases)));
        }
        List<KeyPairRecord> boundNowhere = here.stream().filter(k -> !bound.contains(k.remoteId())).toList();
        return new Inventory(entries, boundNowhere);
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
