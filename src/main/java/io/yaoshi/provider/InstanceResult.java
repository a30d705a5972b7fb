package io.yaoshi.provider;

import java.util.Objects;

/**
 * What a binding call did for one server: success, or the cloud's code for that server (Aliyun's per-instance
 * {@code Code}, UCloud's RetCode) with its message, kept for the details and never the main text.
 */
public record InstanceResult(String instanceId, boolean success, String code, String message) {

    public InstanceResult {
        Objects.requireNonNull(instanceId, "instanceId");
        code = Objects.requireNonNullElse(code, "");
        message = Objects.requireNonNullElse(message, "");
    }

    public static InstanceResult ok(String instanceId) {
        return new InstanceResult(instanceId, true, "", "");
    }

    public static InstanceResult failed(String instanceId, ProviderException e) {
        return new InstanceResult(instanceId, false, e.code().isEmpty() ? e.failure().name() : e.code(),
                e.getMessage());
    }
}
