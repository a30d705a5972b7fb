package io.yaoshi.emulator;

import io.yaoshi.domain.Placement;
import java.util.List;
import java.util.Optional;

/**
 * A server the emulator pretends to run: its region (and UCloud project), state, OS, addresses and the key pair bound
 * to it (Aliyun by name, UCloud by id). {@code activeKeyPair} is the one a login would meet: a binding reaches it only
 * when the instance next comes up (after a reboot or a start), as on the real clouds.
 */
public record EmulatedInstance(Placement placement, String id, String name, String state, String os, String zone,
                               Optional<String> eip, List<String> publicIps, List<String> privateIps,
                               Optional<String> keyPair, Optional<String> activeKeyPair) {

    static final String RUNNING = "Running";
    static final String STOPPED = "Stopped";
    static final String STARTING = "Starting";
    static final String STOPPING = "Stopping";

    public EmulatedInstance {
        publicIps = List.copyOf(publicIps);
        privateIps = List.copyOf(privateIps);
    }

    /** A server whose bound key pair is already in effect. */
    public EmulatedInstance(Placement placement, String id, String name, String state, String os, String zone,
                            Optional<String> eip, List<String> publicIps, List<String> privateIps,
                            Optional<String> keyPair) {
        this(placement, id, name, state, os, zone, eip, publicIps, privateIps, keyPair, keyPair);
    }

    public EmulatedInstance withKeyPair(Optional<String> bound) {
        return new EmulatedInstance(placement, id, name, state, os, zone, eip, publicIps, privateIps, bound,
                activeKeyPair);
    }

    public EmulatedInstance withState(String newState) {
        return new EmulatedInstance(placement, id, name, newState, os, zone, eip, publicIps, privateIps, keyPair,
                activeKeyPair);
    }

    boolean isWindows() {
        return os.equalsIgnoreCase("windows");
    }

    /**
     * The state after one more look: a stop or start in progress has finished, and an instance that came up logs in
     * with the key pair bound now.
     */
    EmulatedInstance settled() {
        return switch (state) {
            case STOPPING -> withState(STOPPED);
            case STARTING -> new EmulatedInstance(placement, id, name, RUNNING, os, zone, eip, publicIps, privateIps,
                    keyPair, keyPair);
            default -> this;
        };
    }
}
