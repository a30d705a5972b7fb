package io.yaoshi.service.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RegionCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementValidatorTest {

    /** The cloud's own view (the emulator): only the regions and zones it has. */
    private final PlacementValidator cloud = PlacementValidator.forCloud(RegionCatalog.bundled());
    /** This app's view: its list may be older than the cloud's, so a well-formed id it does not know goes there. */
    private final PlacementValidator client = PlacementValidator.forClient(RegionCatalog.bundled());

    private List<String> problems(Placement placement) {
        return problems(cloud, placement);
    }

    private static List<String> problems(PlacementValidator validator, Placement placement) {
        return validator.validate(placement).errors().stream()
                .map(e -> e.field() + " " + e.code() + "/" + e.problem()).toList();
    }

    @Test
    void aWellFormedRegionOrZoneNoListKnowsIsLeftToTheCloud() {
        assertEquals(List.of(), problems(client, Placement.aliyun("cn-wuhan-lr", "")));
        assertEquals(List.of(), problems(client, Placement.ucloud("cn-bj2", "cn-bj2-09", "")));
        assertEquals(List.of(), problems(client, Placement.ucloud("us-ca2", "us-ca2-01", "")));
        // a zone of another region, or an id no cloud issues, is refused here all the same
        assertEquals(List.of("ZONE InvalidZone.NotFound/UNKNOWN"),
                problems(client, Placement.ucloud("cn-bj2", "hk-02", "")));
        assertEquals(List.of("REGION InvalidRegionId.NotFound/UNKNOWN"),
                problems(client, Placement.aliyun("CN Hangzhou", "")));
        assertEquals(List.of("REGION InvalidRegionId.NotFound/UNKNOWN"),
                problems(client, Placement.aliyun("cn-hangzhou-", "")));
        assertEquals(List.of("ZONE InvalidZone.NotFound/UNKNOWN"),
                problems(client, Placement.ucloud("cn-bj2", "cn-bj2-", "")));
    }

    @Test
    void knownRegionsPass() {
        assertEquals(List.of(), problems(Placement.aliyun("cn-hangzhou", "rg-acfmxazb4ph6aiy")));
        assertEquals(List.of(), problems(Placement.ucloud("cn-bj2", "cn-bj2-05", "org-abc123")));
        assertEquals(List.of(), problems(Placement.ucloud("hk", "", "")));
        assertEquals(List.of(), problems(Placement.local()));
    }

    @Test
    void aMissingRegionIsMissingParameter() {
        assertEquals(List.of("REGION MissingParameter/EMPTY"), problems(Placement.aliyun("", "")));
    }

    @Test
    void anUnknownRegionIsNotFoundByTheCloud() {
        assertEquals(List.of("REGION InvalidRegionId.NotFound/UNKNOWN"), problems(Placement.aliyun("cn-zj", "")));
        // a UCloud region id is not an Aliyun one
        assertEquals(List.of("REGION InvalidRegionId.NotFound/UNKNOWN"), problems(Placement.aliyun("cn-bj2", "")));
    }

    @Test
    void aUCloudZoneMustBelongToItsRegionInTheCloud() {
        assertEquals(List.of("ZONE InvalidZone.NotFound/UNKNOWN"), problems(Placement.ucloud("cn-bj2", "hk-02", "")));
    }

    @Test
    void fieldsAProviderDoesNotHaveMustStayEmpty() {
        assertEquals(List.of("REGION InvalidParameter/NOT_APPLICABLE", "ZONE InvalidParameter/NOT_APPLICABLE"),
                problems(new Placement(ProviderId.LOCAL, "cn-hangzhou", "z", "", "")));
        assertEquals(List.of("PROJECT_ID InvalidParameter/NOT_APPLICABLE"),
                problems(new Placement(ProviderId.ALIYUN, "cn-hangzhou", "", "org-1", "")));
        assertEquals(List.of("RESOURCE_GROUP InvalidParameter/NOT_APPLICABLE"),
                problems(new Placement(ProviderId.UCLOUD, "cn-bj2", "", "", "rg-1")));
    }

    @Test
    void idsWithSpacesOrSlashesAreRefused() {
        assertEquals(List.of("RESOURCE_GROUP InvalidResourceGroup.NotFound/UNKNOWN"),
                problems(Placement.aliyun("cn-hangzhou", "rg 1/x")));
        assertEquals(List.of("PROJECT_ID InvalidProjectId/BAD_CHARACTERS"),
                problems(Placement.ucloud("cn-bj2", "", "org 1")));
    }

    @Test
    void theBundledCatalogHasBothCloudsWithDisplayNames() {
        RegionCatalog catalog = RegionCatalog.bundled();
        var hangzhou = catalog.find(ProviderId.ALIYUN, "cn-hangzhou").orElseThrow();
        assertEquals("华东1（杭州）", hangzhou.displayName(java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("China (Hangzhou)", hangzhou.displayName(java.util.Locale.ENGLISH));
        assertEquals(List.of("cn-bj2-02", "cn-bj2-03", "cn-bj2-05"),
                catalog.find(ProviderId.UCLOUD, "cn-bj2").orElseThrow().zones());
        assertEquals(List.of(), catalog.regions(ProviderId.LOCAL));
    }
}
