package io.yaoshi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.domain.Placement;
import io.yaoshi.service.validation.PlacementValidator;
import io.yaoshi.service.validation.Validation;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DescribeInstances (ECS API reference): a region's instances, filtered by key pair name or instance ids, a page at a
 * time (PageSize at most 100, 10 by default), each with its state, OS, addresses and bound key pair.
 */
final class AliyunInstanceActions {

    static final int MAX_PAGE_SIZE = 100;

    private final EmulatorState state;
    private final PlacementValidator placements;

    AliyunInstanceActions(EmulatorState state, PlacementValidator placements) {
        this.state = state;
        this.placements = placements;
    }

    Reply describe(AliyunRequest request) {
        Placement scope = Placement.aliyun(request.parameter("RegionId"), "");
        Validation region = placements.validate(scope);
        if (!region.isValid()) {
            return AliyunErrorAnswers.of(request, region.errors().get(0));
        }
        int pageNumber = Exchanges.number(request.parameter("PageNumber"), 1);
        int pageSize = Exchanges.number(request.parameter("PageSize"), 10);
        if (pageNumber < 1) {
            return request.invalid("InvalidParameter", "PageNumber");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            return request.invalid("InvalidParameter", "PageSize");
        }
        Set<String> ids = new HashSet<>();
        if (!request.parameter("InstanceIds").isEmpty()) {
            try {
                JsonNode array = Exchanges.JSON.readTree(request.parameter("InstanceIds"));
                if (!array.isArray()) {
                    return request.invalid("InvalidInstanceIds.Malformed", "InstanceIds");
                }
                array.forEach(id -> ids.add(id.asText()));
            } catch (IOException e) {
                return request.invalid("InvalidInstanceIds.Malformed", "InstanceIds");
            }
        }
        String keyPair = request.parameter("KeyPairName");
        List<EmulatedInstance> matches = state.instances(scope, i -> (ids.isEmpty() || ids.contains(i.id()))
                && (keyPair.isEmpty() || i.keyPair().filter(keyPair::equals).isPresent()));
        ArrayNode items = Exchanges.JSON.createArrayNode();
        matches.stream().skip((long) (pageNumber - 1) * pageSize).limit(pageSize).forEach(i -> items.add(item(i)));
        ObjectNode body = request.success().put("TotalCount", matches.size()).put("PageNumber", pageNumber)
                .put("PageSize", pageSize);
        body.putObject("Instances").set("Instance", items);
        return new Reply(200, body);
    }

    private static ObjectNode item(EmulatedInstance i) {
        ObjectNode node = Exchanges.JSON.createObjectNode().put("InstanceId", i.id()).put("InstanceName", i.name())
                .put("HostName", i.name()).put("Status", i.state()).put("OSType", i.os()).put("ZoneId", i.zone())
                .put("RegionId", i.placement().region()).put("KeyPairName", i.keyPair().orElse(""));
        ArrayNode publicIps = node.putObject("PublicIpAddress").putArray("IpAddress");
        i.publicIps().forEach(publicIps::add);
        node.putObject("EipAddress").put("IpAddress", i.eip().orElse("")).put("AllocationId", "");
        ArrayNode privateIps = node.putObject("VpcAttributes").putObject("PrivateIpAddress").putArray("IpAddress");
        i.privateIps().forEach(privateIps::add);
        return node;
    }

}
