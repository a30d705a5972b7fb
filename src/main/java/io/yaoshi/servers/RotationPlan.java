package io.yaoshi.servers;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.provider.BindingStyle;
import java.util.List;

/**
 * A rotation about to begin: the old key pair, the new one's name and type, the servers it will touch and how their
 * cloud binds (which decides what happens to a running one).
 */
public record RotationPlan(KeyPairRecord oldKey, String newName, KeyAlgorithm type, List<ServerInstance> servers,
                           BindingStyle style, boolean restart, boolean deleteOld) {

    public RotationPlan {
        servers = List.copyOf(servers);
    }

    /** The running servers a restart would touch, which the user confirms by name. */
    public List<ServerInstance> toRestart() {
        return servers.stream().filter(s -> s.state().equals(ServerStates.RUNNING)).toList();
    }
}
