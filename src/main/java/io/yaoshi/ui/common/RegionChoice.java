package io.yaoshi.ui.common;

import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.RegionCatalog;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A region picker that follows the chosen provider: its regions, the first one selected. */
public final class RegionChoice {

    private final RegionCatalog regions;
    private final ObservableList<Region> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();

    public RegionChoice(RegionCatalog regions) {
        this.regions = regions;
    }

    /** Offers the provider's regions (none for the local provider) and selects the first. */
    public void showRegionsOf(ProviderId provider) {
        choices.setAll(regions.regions(provider));
        region.set(choices.isEmpty() ? null : choices.get(0));
    }

    public ObservableList<Region> choices() {
        return choices;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }
}
