package io.yaoshi.emulator;

import io.yaoshi.domain.Placement;
import java.util.List;
import java.util.Optional;

/**
 * A server the emulator pretends to run: its region (and UCloud project), state, OS, addresses and the key pair bound
 * to it (Aliyun by name, UCloud by id).
 */
public record EmulatedInstance(Placement placement, String id, String name, String state, String os, String zone,
                               Optional<String> eip, List<String> publicIps, List<String> privateIps,
                               Optional<String> keyPair) {

    public EmulatedInstance {
        publicIps = List.copyOf(publicIps);
        privateIps = List.copyOf(privateIps);
    }

    public EmulatedInstance withKeyPair(Optional<String> bound) {
        return new EmulatedInstance(placement, id, name, state, os, zone, eip, publicIps, privateIps, bound);
    }

    public EmulatedInstance withState(String newState) {
        return new EmulatedInstance(placement, id, name, newState, os, zone, eip, publicIps, privateIps, keyPair);
    }
}
