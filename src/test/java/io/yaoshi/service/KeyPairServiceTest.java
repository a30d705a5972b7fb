package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairFilter.TagFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Tag;
import io.yaoshi.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyPairServiceTest {

    @TempDir
    Path dir;

    private VaultSession vault;
    private KeyPairService service;
    private KeyPairRecord prodHangzhou;
    private KeyPairRecord devBeijing;
    private KeyPairRecord laptop;
    private KeyPairRecord laptopInUCloud;

    @BeforeEach
    void vaultWithFourKeys() throws Exception {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        prodHangzhou = Fixtures.record("Prod-Web", Placement.aliyun("cn-hangzhou", ""),
                List.of(new Tag("env", "prod"), new Tag("team", "web")));
        devBeijing = Fixtures.record("dev-web", Placement.aliyun("cn-beijing", ""),
                List.of(new Tag("env", "dev"), new Tag("team", "web")));
        laptop = Fixtures.record("laptop", Placement.local(), List.of(new Tag("env", "")));
        laptopInUCloud = Fixtures.record("laptop", Placement.ucloud("cn-bj2", "", ""), List.of());
        vault.save(List.of(prodHangzhou, devBeijing, laptop, laptopInUCloud), Map.of());
        service = Fixtures.keyService(vault);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private List<String> names(KeyPairFilter filter) throws Exception {
        return service.list(filter).stream().map(KeyPairRecord::name).toList();
    }

    private static KeyPairFilter filter(String name, ProviderId provider, String region, String... tags) {
        return new KeyPairFilter(name, Optional.ofNullable(provider), region,
                java.util.Arrays.stream(tags).map(TagFilter::parse).toList());
    }

    @Test
    void filtersByNameSubstringIgnoringCase() throws Exception {
        assertEquals(List.of("Prod-Web", "dev-web"), names(filter("WEB", null, "")));
    }

    @Test
    void filtersByProviderAndRegion() throws Exception {
        assertEquals(List.of("Prod-Web", "dev-web"), names(filter("", ProviderId.ALIYUN, "")));
        assertEquals(List.of("dev-web"), names(filter("", ProviderId.ALIYUN, "cn-beijing")));
    }

    @Test
    void filtersByTagKeyOrKeyAndValueAllCombined() throws Exception {
        assertEquals(List.of("Prod-Web", "dev-web", "laptop"), names(filter("", null, "", "env")));
        assertEquals(List.of("Prod-Web"), names(filter("", null, "", "env=prod")));
        assertEquals(List.of("laptop"), names(filter("", null, "", "env=")));
        assertEquals(List.of("dev-web"), names(filter("web", ProviderId.ALIYUN, "cn-beijing", "team=web", "env")));
        assertEquals(List.of(), names(filter("", null, "", "env=prod", "env=dev")));
    }

    @Test
    void resolvesByIdOrUniqueName() throws Exception {
        assertEquals(devBeijing, service.resolve(devBeijing.id().value()));
        assertEquals(devBeijing, service.resolve("dev-web"));
    }

    @Test
    void aNameUsedTwiceListsTheCandidates() {
        var e = assertThrows(KeyPairNotFoundException.class, () -> service.resolve("laptop"));
        assertEquals(List.of(laptop, laptopInUCloud), e.candidates());
    }

    @Test
    void anUnknownReferenceIsNotFound() {
        var e = assertThrows(KeyPairNotFoundException.class, () -> service.resolve("nope"));
        assertEquals(List.of(), e.candidates());
    }

    @Test
    void validTagsAreSavedAndSurviveUnlock() throws Exception {
        service.setTags(laptop.id(), List.of(new Tag("owner", "李雷"), new Tag("env", "home")));
        vault.lock();
        vault.unlock(Fixtures.password());
        assertEquals(List.of(new Tag("owner", "李雷"), new Tag("env", "home")),
                service.resolve(laptop.id().value()).tags());
    }

    @Test
    void invalidTagsChangeNothing() throws Exception {
        var e = assertThrows(ValidationException.class,
                () -> service.setTags(laptop.id(), List.of(new Tag("acs:x", ""), new Tag("ok", "fine"))));
        assertEquals("InvalidTagKey.Malformed", e.validation().errors().get(0).code());
        assertEquals(laptop.tags(), service.resolve(laptop.id().value()).tags());
    }

    @Test
    void deleteRemovesFromTheVault() throws Exception {
        service.delete(devBeijing.id());
        vault.lock();
        vault.unlock(Fixtures.password());
        assertEquals(List.of("Prod-Web", "laptop", "laptop"), names(KeyPairFilter.ALL));
    }
}
