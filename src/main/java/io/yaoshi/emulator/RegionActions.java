package io.yaoshi.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.RegionCatalog;
import java.util.List;

/**
 * The clouds' region lists: Aliyun's DescribeRegions (ECS API reference, DescribeRegions) and UCloud's GetRegion
 * (GetRegion), answered from the emulator's own catalog.
 */
final class RegionActions {

    private final RegionCatalog regions;

    RegionActions(RegionCatalog regions) {
        this.regions = regions;
    }

    /** {@code Regions.Region[]}: id, the name in {@code AcceptLanguage} (zh-CN unless en-US), endpoint, status. */
    Reply describeRegions(AliyunRequest request) {
        if (regions.find(ProviderId.ALIYUN, request.parameter("RegionId")).isEmpty()) {
            return request.error(403, "Unauthorized.EmptyRegion", "The RegionId is not valid.");
        }
        String language = request.parameter("AcceptLanguage");
        if (!language.isEmpty() && !List.of("zh-CN", "en-US").contains(language)) {
            return request.error(404, "InvalidAcceptLanguage.NotFound", "The AcceptLanguage is not supported.");
        }
        ObjectNode body = request.success();
        ArrayNode list = body.putObject("Regions").putArray("Region");
        for (Region region : regions.regions(ProviderId.ALIYUN)) {
            list.addObject().put("RegionId", region.id())
                    .put("LocalName", language.equals("en-US") ? region.nameEn() : region.nameZh())
                    .put("RegionEndpoint", "ecs." + region.id() + ".aliyuncs.com")
                    .put("Status", "available");
        }
        return new Reply(200, body);
    }

    /** {@code Regions[]}: one entry per zone, with the region's number and Chinese name. */
    Reply getRegion(UCloudRequest request) {
        ObjectNode body = request.success();
        ArrayNode list = body.putArray("Regions");
        int number = 1000;
        for (Region region : regions.regions(ProviderId.UCLOUD)) {
            number++;
            List<String> zones = region.zones().isEmpty() ? List.of("") : region.zones();
            for (String zone : zones) {
                list.addObject().put("RegionId", number).put("RegionName", region.nameZh())
                        .put("IsDefault", region.id().equals("cn-bj2")).put("BitMaps", "")
                        .put("Region", region.id()).put("Zone", zone);
            }
        }
        return new Reply(200, body);
    }
}
