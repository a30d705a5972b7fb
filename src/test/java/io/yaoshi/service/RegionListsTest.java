package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import io.yaoshi.testing.ScriptedCloud;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regions read from the clouds, kept between runs, and the bundled list whenever they cannot be read. */
class RegionListsTest {

    @TempDir
    Path dir;

    private final ScriptedCloud aliyun = new ScriptedCloud();
    private final Region newRegion = new Region(ProviderId.ALIYUN, "cn-new-1", "华东9（新）", "China (New)", List.of());

    private RegionLists lists() {
        return new RegionLists(RegionCatalog.bundled(), provider -> aliyun, dir.resolve("regions.json"));
    }

    @Test
    void withoutAnAnswerYetTheBundledListIsUsed() {
        assertEquals(RegionCatalog.bundled().regions(ProviderId.ALIYUN), lists().current().regions(ProviderId.ALIYUN));
    }

    @Test
    void whatACloudListsReplacesItsBundledRegionsAndIsKeptForTheNextStart() throws Exception {
        aliyun.regionList.addAll(List.of(RegionCatalog.bundled().find(ProviderId.ALIYUN, "cn-hangzhou").orElseThrow(),
                newRegion));
        RegionLists lists = lists();

        assertEquals(Set.of(ProviderId.ALIYUN), lists.refresh(List.of(ProviderId.ALIYUN)));

        assertEquals(List.of("cn-hangzhou", "cn-new-1"), ids(lists.current(), ProviderId.ALIYUN));
        assertEquals(RegionCatalog.bundled().regions(ProviderId.UCLOUD), lists.current().regions(ProviderId.UCLOUD),
                "a cloud not asked keeps its bundled list");
        assertEquals(List.of("cn-hangzhou", "cn-new-1"), ids(lists().current(), ProviderId.ALIYUN), "cached");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("regions.json"))));
    }

    @Test
    void aCloudThatCannotBeReachedKeepsTheLastList() throws Exception {
        aliyun.regionList.add(newRegion);
        lists().refresh(List.of(ProviderId.ALIYUN));
        aliyun.failWith = new ProviderException(ProviderId.ALIYUN, ProviderFailure.UNREACHABLE, "Timeout", "", "", null);

        RegionLists offline = lists();
        assertEquals(Set.of(), offline.refresh(List.of(ProviderId.ALIYUN)));
        assertEquals(List.of("cn-new-1"), ids(offline.current(), ProviderId.ALIYUN));
    }

    @Test
    void anEmptyAnswerOrADamagedCacheNeverLeavesTheListEmpty() throws Exception {
        RegionLists lists = lists();
        lists.refresh(List.of(ProviderId.ALIYUN));
        assertEquals(RegionCatalog.bundled().regions(ProviderId.ALIYUN), lists.current().regions(ProviderId.ALIYUN));

        Files.writeString(dir.resolve("regions.json"), "{ not json");
        assertEquals(RegionCatalog.bundled().regions(ProviderId.ALIYUN), lists().current().regions(ProviderId.ALIYUN));
        assertTrue(lists().current().find(ProviderId.UCLOUD, "cn-bj2").isPresent());
    }

    private static List<String> ids(RegionCatalog catalog, ProviderId provider) {
        return catalog.regions(provider).stream().map(Region::id).toList();
    }
}
