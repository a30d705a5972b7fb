package io.yaoshi.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.service.validation.ValidationError;
import java.util.Map;

/** One authenticated UCloud request: its flattened parameters and the project its key pairs belong to. */
record UCloudRequest(Map<String, String> parameters, String projectId) {

    /** Any non-zero RetCode the emulator gives for a parameter the rules refuse (UCloud documents none). */
    static final int INVALID_PARAMETER = 230;
    /**
     * UHost's quota code (UCloud's API response format), for a region and project already holding the quota of key
     * pairs.
     */
    static final int QUOTA_EXCEEDED = 8095;

    UCloudRequest {
        parameters = Map.copyOf(parameters);
    }

    String parameter(String name) {
        return parameters.getOrDefault(name, "");
    }

    String action() {
        return parameter("Action");
    }

    /** {@code {"Action":"<Action>Response","RetCode":0,"Message":""}}, for the action to add its fields to. */
    ObjectNode success() {
        return envelope(action(), 0, "");
    }

    Reply failure(int retCode, String message) {
        return new Reply(200, envelope(action(), retCode, message));
    }

    Reply invalid(String parameter) {
        return failure(INVALID_PARAMETER, "Params [" + parameter + "] not available");
    }

    Reply refused(ValidationError error) {
        if (error.code().startsWith("QuotaExceed")) {
            return failure(QUOTA_EXCEEDED, "Quota not enough: key pairs in this region and project");
        }
        return invalid(switch (error.field()) {
            case NAME -> "KeyPairName";
            case REGION -> "Region";
            case ZONE -> "Zone";
            case PROJECT_ID -> "ProjectId";
            default -> error.field().key();
        });
    }

    static ObjectNode envelope(String action, int retCode, String message) {
        return Exchanges.JSON.createObjectNode().put("Action", action + "Response").put("RetCode", retCode)
                .put("Message", message);
    }
}
