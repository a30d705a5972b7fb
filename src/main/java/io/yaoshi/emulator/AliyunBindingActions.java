package io.yaoshi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.domain.Placement;
import io.yaoshi.service.validation.PlacementValidator;
import io.yaoshi.service.validation.Validation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * AttachKeyPair, DetachKeyPair and the power actions (ECS API reference). A binding is recorded at once and reaches
 * logins at the instance's next start or reboot. The batch answers are HTTP 200 with one Result per instance: a Windows
 * instance fails with {@code DependencyViolation.WindowsInstance}, an unknown one with
 * {@code InvalidInstanceId.NotFound}, and a detach from an instance holding another key pair with
 * {@code InvalidKeyPairName.NotAttached} (the emulator's code: the reference lists none for it).
 */
final class AliyunBindingActions {

    static final int MAX_INSTANCES = 50;

    private final EmulatorState state;
    private final PlacementValidator placements;

    AliyunBindingActions(EmulatorState state, PlacementValidator placements) {
        this.state = state;
        this.placements = placements;
    }

    Reply attach(AliyunRequest request) {
        return batch(request, true);
    }

    Reply detach(AliyunRequest request) {
        return batch(request, false);
    }

    private Reply batch(AliyunRequest request, boolean attach) {
        Placement scope = Placement.aliyun(request.parameter("RegionId"), "");
        Validation region = placements.validate(scope);
        if (!region.isValid()) {
            return AliyunErrorAnswers.of(request, region.errors().get(0));
        }
        String keyPair = request.parameter("KeyPairName");
        if (keyPair.isEmpty()) {
            return request.missing("KeyPairName");
        }
        if (request.parameter("InstanceIds").isEmpty()) {
            return request.missing("InstanceIds");
        }
        Optional<List<String>> ids = instanceIds(request.parameter("InstanceIds"));
        if (ids.isEmpty()) {
            return request.invalid("InvalidInstanceIds.ValueNotSupported", "InstanceIds");
        }
        if (state.find(scope, k -> k.name().equals(keyPair)).isEmpty()) {
            return request.error(404, "InvalidKeyPairName.NotFound", "The specified KeyPairName does not exist.");
        }
        ArrayNode results = Exchanges.JSON.createArrayNode();
        int failed = 0;
        for (String id : ids.get()) {
            String code = attach ? attachOne(scope, id, keyPair) : detachOne(scope, id, keyPair);
            boolean ok = code.equals("200");
            failed += ok ? 0 : 1;
            results.addObject().put("InstanceId", id).put("Success", Boolean.toString(ok)).put("Code", code)
                    .put("Message", ok ? "successful" : message(code));
        }
        ObjectNode body = request.success().put("KeyPairName", keyPair)
                .put("TotalCount", Integer.toString(ids.get().size())).put("FailCount", Integer.toString(failed));
        body.putObject("Results").set("Result", results);
        return new Reply(200, body);
    }

    private String attachOne(Placement scope, String id, String keyPair) {
        Optional<EmulatedInstance> instance = state.instance(scope, id);
        if (instance.isEmpty()) {
            return "InvalidInstanceId.NotFound";
        }
        if (instance.get().isWindows()) {
            return "DependencyViolation.WindowsInstance";
        }
        state.changeInstance(scope, id, i -> i.withKeyPair(Optional.of(keyPair)));
        return "200";
    }

    private String detachOne(Placement scope, String id, String keyPair) {
        Optional<EmulatedInstance> instance = state.instance(scope, id);
        if (instance.isEmpty()) {
            return "InvalidInstanceId.NotFound";
        }
        if (!instance.get().keyPair().equals(Optional.of(keyPair))) {
            return "InvalidKeyPairName.NotAttached";
        }
        state.changeInstance(scope, id, i -> i.withKeyPair(Optional.empty()));
        return "200";
    }

    private static String message(String code) {
        return switch (code) {
            case "DependencyViolation.WindowsInstance" -> "The specified instance is a Windows instance.";
            case "InvalidInstanceId.NotFound" -> "The specified InstanceId does not exist.";
            default -> "The key pair is not attached to the specified instance.";
        };
    }

    /** A JSON array of 1 to 50 instance ids, else nothing. */
    private static Optional<List<String>> instanceIds(String parameter) {
        try {
            JsonNode array = Exchanges.JSON.readTree(parameter);
            if (array == null || !array.isArray() || array.isEmpty() || array.size() > MAX_INSTANCES) {
                return Optional.empty();
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode id : array) {
                if (!id.isTextual()) {
                    return Optional.empty();
                }
                ids.add(id.asText());
            }
            return Optional.of(ids);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Reply reboot(AliyunRequest request) {
        return power(request, EmulatedInstance.RUNNING, EmulatedInstance.STARTING);
    }

    Reply start(AliyunRequest request) {
        return power(request, EmulatedInstance.STOPPED, EmulatedInstance.STARTING);
    }

    Reply stop(AliyunRequest request) {
        return power(request, EmulatedInstance.RUNNING, EmulatedInstance.STOPPING);
    }

    /** RebootInstance, StartInstance, StopInstance: {@code IncorrectInstanceStatus} unless the instance is in {@code from}. */
    private Reply power(AliyunRequest request, String from, String to) {
        String id = request.parameter("InstanceId");
        if (id.isEmpty()) {
            return request.missing("InstanceId");
        }
        Placement scope = Placement.aliyun(request.parameter("RegionId"), "");
        Optional<EmulatedInstance> instance = state.instance(scope, id);
        if (instance.isEmpty()) {
            return request.error(404, "InvalidInstanceId.NotFound", "The specified InstanceId does not exist.");
        }
        if (!instance.get().state().equals(from)) {
            return request.error(403, "IncorrectInstanceStatus",
                    "The current status of the resource does not support this operation.");
        }
        state.changeInstance(scope, id, i -> i.withState(to));
        return new Reply(200, request.success());
    }
}
