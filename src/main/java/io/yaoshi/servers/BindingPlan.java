package io.yaoshi.servers;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.provider.BindingStyle;
import java.util.List;
import java.util.Objects;

/**
 * A binding about to be made or undone: the key pair, the servers as their cloud describes them now, and how that cloud
 * binds. What it names is what the user confirms.
 */
public record BindingPlan(KeyPairRecord key, List<ServerInstance> instances, BindingStyle style, boolean unbind) {

    public BindingPlan {
        Objects.requireNonNull(key, "key");
        instances = List.copyOf(instances);
        Objects.requireNonNull(style, "style");
    }

    /** The servers a restart would touch: the running ones (rebooted on Aliyun, stopped and started on UCloud). */
    public List<ServerInstance> toRestart() {
        return instances.stream().filter(i -> i.state().equals(ServerStates.RUNNING)).toList();
    }
}
