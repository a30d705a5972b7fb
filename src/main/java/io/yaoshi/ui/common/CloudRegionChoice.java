package io.yaoshi.ui.common;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.RegionCatalog;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * A cloud and one of its regions, for views that work on one region at a time (sync, servers). It starts where most of
 * the vault's key pairs are, and on each change of cloud moves to that cloud's region holding most of them.
 */
public final class CloudRegionChoice {

    private final ObjectProperty<ProviderId> provider = new SimpleObjectProperty<>();
    private final RegionChoice regions;
    private final Map<ProviderId, Map<String, Long>> held;

    public CloudRegionChoice(RegionCatalog catalog, List<KeyPairRecord> known) {
        this.regions = new RegionChoice(catalog);
        this.held = known.stream().filter(k -> k.provider().isCloud()).collect(Collectors.groupingBy(
                KeyPairRecord::provider, Collectors.groupingBy(k -> k.placement().region(), Collectors.counting())));
        provider.addListener((o, was, now) -> providerChanged());
        provider.set(providers().stream().max(Comparator.comparingLong(this::keyPairsAt)).orElseThrow());
    }

    public List<ProviderId> providers() {
        return List.of(ProviderId.ALIYUN, ProviderId.UCLOUD);
    }

    public ObjectProperty<ProviderId> providerProperty() {
        return provider;
    }

    public ObjectProperty<Region> regionProperty() {
        return regions.regionProperty();
    }

    public ObservableList<Region> choices() {
        return regions.choices();
    }

    /** The chosen region as a placement (UCloud: the account's project); null while none is chosen. */
    public Placement scope() {
        Region region = regions.regionProperty().get();
        return region == null ? null : new Placement(provider.get(), region.id(), "", "", "");
    }

    /** Moves the choice to {@code scope}'s cloud and region, where the list has it. */
    public void select(Placement scope) {
        provider.set(scope.provider());
        regions.choices().stream().filter(r -> r.id().equals(scope.region())).findFirst()
                .ifPresent(regions.regionProperty()::set);
    }

    private long keyPairsAt(ProviderId cloud) {
        return held.getOrDefault(cloud, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    private void providerChanged() {
        regions.showRegionsOf(provider.get());
        Map<String, Long> here = held.getOrDefault(provider.get(), Map.of());
        regions.choices().stream().filter(r -> here.containsKey(r.id()))
                .max(Comparator.comparingLong(r -> here.get(r.id())))
                .ifPresent(regions.regionProperty()::set);
    }
}
