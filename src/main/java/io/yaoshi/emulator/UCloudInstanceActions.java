package io.yaoshi.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.service.validation.PlacementValidator;
import io.yaoshi.service.validation.Validation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DescribeUHostInstance (UHost API reference): a region's (and project's) hosts, by id or all, Offset/Limit (at most
 * 100, 20 by default), each with its state, OS, IPSet and KeyPair {KeyPairId, KeyPairState}. No filter by key pair.
 */
final class UCloudInstanceActions {

    static final int MAX_LIMIT = 100;

    private final EmulatorState state;
    private final PlacementValidator placements = PlacementValidator.forCloud(RegionCatalog.bundled());

    UCloudInstanceActions(EmulatorState state) {
        this.state = state;
    }

    Reply describe(UCloudRequest request) {
        Placement scope = Placement.ucloud(request.parameter("Region"), "", request.projectId());
        Validation placement = placements.validate(scope);
        if (!placement.isValid()) {
            return request.refused(placement.errors().get(0));
        }
        int offset = Exchanges.number(request.parameter("Offset"), 0);
        int limit = Exchanges.number(request.parameter("Limit"), 20);
        if (offset < 0) {
            return request.invalid("Offset");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return request.invalid("Limit");
        }
        Set<String> ids = new HashSet<>();
        for (int n = 0; !request.parameter("UHostIds." + n).isEmpty(); n++) {
            ids.add(request.parameter("UHostIds." + n));
        }
        String zone = request.parameter("Zone");
        List<EmulatedInstance> matches = state.instances(scope, i -> (ids.isEmpty() || ids.contains(i.id()))
                && (zone.isEmpty() || zone.equals(i.zone())));
        ObjectNode body = request.success().put("TotalCount", matches.size());
        ArrayNode hosts = body.putArray("UHostSet");
        matches.stream().skip(offset).limit(limit).forEach(i -> describe(hosts.addObject(), i));
        return new Reply(200, body);
    }

    private static void describe(ObjectNode node, EmulatedInstance i) {
        node.put("UHostId", i.id()).put("Name", i.name()).put("State", i.state()).put("OsType", i.os())
                .put("Zone", i.zone());
        ArrayNode ips = node.putArray("IPSet");
        i.privateIps().forEach(ip -> ips.addObject().put("Type", "Private").put("IP", ip));
        i.eip().ifPresent(ip -> ips.addObject().put("Type", "BGP").put("IP", ip));
        i.publicIps().forEach(ip -> ips.addObject().put("Type", "International").put("IP", ip));
        ObjectNode keyPair = node.putObject("KeyPair");
        keyPair.put("KeyPairId", i.keyPair().orElse("")).put("KeyPairState", i.keyPair().isPresent() ? "Normal" : "");
    }

}
