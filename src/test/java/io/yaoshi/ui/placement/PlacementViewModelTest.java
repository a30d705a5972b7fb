package io.yaoshi.ui.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.service.validation.Validation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The placement part of the new-key and import forms: what each provider offers, and the messages it shows. */
class PlacementViewModelTest {

    private final RegionCatalog catalog = RegionCatalog.bundled();
    private final PlacementViewModel placement = new PlacementViewModel(catalog, Messages.forLocale(Locale.ENGLISH));

    private Region region(ProviderId provider, String id) {
        return catalog.find(provider, id).orElseThrow();
    }

    /** The whole form's verdict for a key pair named {@code name} here, as the forms compute it. */
    private Validation verdict(String name) {
        return KeyPairRules.withBundledRegions().validateNew(new KeyPairSpec(placement.placement(), name, List.of(),
                KeyAlgorithm.DEFAULT, CreateMode.IMPORT), List.of());
    }

    @Test
    void aNewFormPlacesTheKeyPairOnThisComputerWithNothingElseToChoose() {
        assertEquals(ProviderId.LOCAL, placement.providerProperty().get());
        assertEquals(List.of(ProviderId.LOCAL, ProviderId.ALIYUN, ProviderId.UCLOUD), placement.providers());
        assertFalse(placement.cloudBinding().get());
        assertNull(placement.regionProperty().get());
        assertEquals(List.of(), placement.regionChoices());
        assertEquals(List.of(), placement.zoneChoices());
        assertEquals(Placement.local(), placement.placement());
        assertEquals("", placement.errorProperty().get());
    }

    @Test
    void aCloudOffersItsRegionsWithTheFirstChosenAndNamesThemInTheUsersLanguage() {
        placement.providerProperty().set(ProviderId.ALIYUN);

        assertTrue(placement.cloudBinding().get());
        assertEquals(catalog.regions(ProviderId.ALIYUN), placement.regionChoices());
        assertEquals(region(ProviderId.ALIYUN, "cn-qingdao"), placement.regionProperty().get());
        assertEquals(Placement.aliyun("cn-qingdao", ""), placement.placement());
        assertEquals("Aliyun", placement.choiceTexts().provider(ProviderId.ALIYUN));
        assertEquals("China (Hangzhou)  cn-hangzhou",
                placement.choiceTexts().region(region(ProviderId.ALIYUN, "cn-hangzhou")));

        PlacementViewModel chinese = new PlacementViewModel(catalog, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals("阿里云", chinese.choiceTexts().provider(ProviderId.ALIYUN));
        assertEquals("华东1（杭州）  cn-hangzhou", chinese.choiceTexts().region(region(ProviderId.ALIYUN, "cn-hangzhou")));
    }

    @Test
    void changingTheProviderResetsRegionZoneProjectAndResourceGroup() {
        placement.providerProperty().set(ProviderId.UCLOUD);
        placement.regionProperty().set(region(ProviderId.UCLOUD, "cn-bj2"));
        placement.zoneProperty().set("cn-bj2-05");
        placement.projectIdProperty().set("org-abc123");
        assertEquals(Placement.ucloud("cn-bj2", "cn-bj2-05", "org-abc123"), placement.placement());

        placement.providerProperty().set(ProviderId.ALIYUN);

        assertEquals(Placement.aliyun("cn-qingdao", ""), placement.placement());
        assertEquals(List.of(), placement.zoneChoices(), "Aliyun regions have no zones to choose");
        assertEquals("", placement.zoneProperty().get());
        assertEquals("", placement.projectIdProperty().get());

        placement.resourceGroupProperty().set("rg-aek2x3");
        assertEquals(Placement.aliyun("cn-qingdao", "rg-aek2x3"), placement.placement());

        placement.providerProperty().set(ProviderId.LOCAL);

        assertEquals("", placement.resourceGroupProperty().get());
        assertNull(placement.regionProperty().get());
        assertEquals(List.of(), placement.regionChoices());
        assertEquals(Placement.local(), placement.placement());
    }

    @Test
    void theZonesOfferedFollowTheRegionAndAZoneOfTheOldRegionIsDropped() {
        placement.providerProperty().set(ProviderId.UCLOUD);
        assertEquals(List.of("cn-bj1-01"), placement.zoneChoices(), "the first region's zones at once");

        placement.regionProperty().set(region(ProviderId.UCLOUD, "cn-bj2"));
        assertEquals(List.of("cn-bj2-02", "cn-bj2-03", "cn-bj2-05"), placement.zoneChoices());
        placement.zoneProperty().set("cn-bj2-03");

        placement.regionProperty().set(region(ProviderId.UCLOUD, "hk"));

        assertEquals(List.of("hk-02", "hk-03"), placement.zoneChoices());
        assertEquals("", placement.zoneProperty().get());
        assertEquals(Placement.ucloud("hk", "", ""), placement.placement());
    }

    @Test
    void projectAndResourceGroupAreTakenWithoutSurroundingSpaces() {
        placement.providerProperty().set(ProviderId.UCLOUD);
        placement.projectIdProperty().set("  org-abc123 ");
        assertEquals("org-abc123", placement.placement().projectId());

        placement.providerProperty().set(ProviderId.ALIYUN);
        placement.resourceGroupProperty().set("\trg-aek2x3  ");
        assertEquals("rg-aek2x3", placement.placement().resourceGroupId());
    }

    @Test
    void onlyTheFirstBrokenPlacementRuleIsShownHereNotTheNameOrOthers() {
        placement.providerProperty().set(ProviderId.UCLOUD);
        placement.zoneProperty().set("cn-bj2-05");
        placement.projectIdProperty().set("not a project!");

        placement.show(verdict(""));

        assertEquals("Zone cn-bj2-05 is not in region cn-bj1. (InvalidZone.NotFound)",
                placement.errorProperty().get(), "the zone before the project; the empty name is not this part's");

        placement.zoneProperty().set("cn-bj1-01");
        placement.show(verdict(""));
        assertEquals("Not a project ID: not a project!. (InvalidProjectId)", placement.errorProperty().get());

        placement.projectIdProperty().set("org-abc123");
        placement.show(verdict(""));
        assertEquals("", placement.errorProperty().get(), "a broken name alone leaves this part clear");
        assertFalse(verdict("").isValid());
    }
}
