package io.yaoshi.servers;

import io.yaoshi.provider.CloudProviders;
import io.yaoshi.service.VaultSession;
import java.time.Clock;

/**
 * The servers capability as the CLI and the window use it: the inventory, binding key pairs to servers, and the user
 * each key pair logs in as.
 */
public record Servers(ServerInventory inventory, ServerBinding binding, LoginUsers users) {

    public static Servers over(VaultSession vault, CloudProviders clouds) {
        return new Servers(new ServerInventory(vault, clouds, Clock.systemUTC()), ServerBinding.standard(clouds),
                new LoginUsers(vault));
    }
}
