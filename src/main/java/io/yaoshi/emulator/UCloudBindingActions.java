package io.yaoshi.emulator;

import io.yaoshi.domain.Placement;
import java.util.Optional;

/**
 * ResetUHostInstancePassword with {@code LoginMode=KeyPair} (how a UHost key pair is bound: only on a stopped host,
 * RetCode 8010 otherwise) and the power actions (RetCode 8905 for a host in the wrong state), as the UHost API
 * reference describes them.
 */
final class UCloudBindingActions {

    static final int NOT_STOPPED = 8010;
    static final int POWER_STATE = 8905;

    private final EmulatorState state;

    UCloudBindingActions(EmulatorState state) {
        this.state = state;
    }

    Reply reset(UCloudRequest request) {
        Placement scope = scope(request);
        Optional<EmulatedInstance> host = state.instance(scope, request.parameter("UHostId"));
        if (host.isEmpty()) {
            return request.invalid("UHostId");
        }
        String mode = request.parameter("LoginMode");
        if (!mode.equals("KeyPair") && !mode.equals("Password")) {
            return request.invalid("LoginMode");
        }
        String keyPairId = request.parameter("KeyPairId");
        if (mode.equals("KeyPair") && state.find(scope, k -> k.id().equals(keyPairId)).isEmpty()) {
            return request.invalid("KeyPairId");
        }
        if (!host.get().state().equals(EmulatedInstance.STOPPED)) {
            return request.failure(NOT_STOPPED, "UHost [" + host.get().id() + "] is not stopped");
        }
        Optional<String> bound = mode.equals("KeyPair") ? Optional.of(keyPairId) : Optional.empty();
        state.changeInstance(scope, host.get().id(), i -> i.withKeyPair(bound));
        return new Reply(200, request.success().put("UhostId", host.get().id()));
    }

    Reply start(UCloudRequest request) {
        return power(request, EmulatedInstance.STOPPED, EmulatedInstance.STARTING);
    }

    Reply reboot(UCloudRequest request) {
        return power(request, EmulatedInstance.RUNNING, EmulatedInstance.STARTING);
    }

    Reply stop(UCloudRequest request) {
        return power(request, EmulatedInstance.RUNNING, EmulatedInstance.STOPPING);
    }

    private Reply power(UCloudRequest request, String from, String to) {
        Placement scope = scope(request);
        Optional<EmulatedInstance> host = state.instance(scope, request.parameter("UHostId"));
        if (host.isEmpty()) {
            return request.invalid("UHostId");
        }
        if (!host.get().state().equals(from)) {
            return request.failure(POWER_STATE, "UHost [" + host.get().id() + "] is " + host.get().state());
        }
        state.changeInstance(scope, host.get().id(), i -> i.withState(to));
        return new Reply(200, request.success().put("UhostId", host.get().id()));
    }

    private static Placement scope(UCloudRequest request) {
        return Placement.ucloud(request.parameter("Region"), "", request.projectId());
    }
}
