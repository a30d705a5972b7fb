package io.yaoshi.servers;

import io.yaoshi.provider.CloudProviders;
import io.yaoshi.service.VaultSession;
import java.time.Clock;

/** The servers capability as the CLI and the window use it: the inventory, and binding key pairs to servers. */
public record Servers(ServerInventory inventory, ServerBinding binding) {

    public static Servers over(VaultSession vault, CloudProviders clouds) {
        return new Servers(new ServerInventory(vault, clouds, Clock.systemUTC()), ServerBinding.standard(clouds));
    }
}
