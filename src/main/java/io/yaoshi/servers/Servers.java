package io.yaoshi.servers;

import io.yaoshi.provider.CloudProviders;
import io.yaoshi.service.AgentPolicies;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.SyncService;
import io.yaoshi.service.VaultSession;
import java.time.Clock;

/**
 * The servers capability as the CLI and the window use it: the inventory, binding key pairs to servers, the user each
 * key pair logs in as, and rotation.
 */
public record Servers(ServerInventory inventory, ServerBinding binding, LoginUsers users, KeyRotation rotation) {

    public static Servers over(VaultSession vault, CloudProviders clouds, KeyPairService keys, SyncService sync,
                               AgentPolicies policies, ServerBinding binding) {
        ServerInventory inventory = new ServerInventory(vault, clouds, Clock.systemUTC());
        LoginUsers users = new LoginUsers(vault);
        return new Servers(inventory, binding, users, new KeyRotation(vault, keys, sync, inventory, binding, users,
                policies, clouds, Clock.systemUTC()));
    }
}
