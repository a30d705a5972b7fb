package io.yaoshi.ui.placement;

import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.i18n.ChoiceTexts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.validation.Field;
import io.yaoshi.service.validation.Validation;
import io.yaoshi.service.validation.ValidationError;
import io.yaoshi.ui.common.FailureText;
import io.yaoshi.ui.common.RegionChoice;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where a key pair goes: this computer, or a cloud with its region and the fields only that cloud has (UCloud zone
 * and project, Aliyun resource group). Shared by the new-key-pair and import forms, which validate the whole request
 * and hand this part its messages.
 */
public final class PlacementViewModel {

    private static final Set<Field> PLACEMENT_FIELDS = Set.of(Field.REGION, Field.ZONE, Field.PROJECT_ID,
            Field.RESOURCE_GROUP);

    private final RegionChoice regions;
    private final FailureText failures;
    private final ChoiceTexts choiceTexts;
    private final ObjectProperty<ProviderId> provider = new SimpleObjectProperty<>(ProviderId.LOCAL);
    private final ObservableList<String> zoneChoices = FXCollections.observableArrayList();
    private final StringProperty zone = new SimpleStringProperty("");
    private final StringProperty projectId = new SimpleStringProperty("");
    private final StringProperty resourceGroup = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding cloud = Bindings.createBooleanBinding(() -> provider.get().isCloud(), provider);

    public PlacementViewModel(RegionCatalog catalog, Messages text) {
        this.regions = new RegionChoice(catalog);
        this.failures = new FailureText(text);
        this.choiceTexts = new ChoiceTexts(text);
        provider.addListener((o, was, now) -> providerChanged(now));
        regions.regionProperty().addListener((o, was, now) -> {
            zoneChoices.setAll(now == null ? List.of() : now.zones());
            zone.set("");
        });
        providerChanged(ProviderId.LOCAL);
    }

    /** How the provider and region lists name their choices. */
    public ChoiceTexts choiceTexts() {
        return choiceTexts;
    }

    private void providerChanged(ProviderId now) {
        regions.showRegionsOf(now);
        projectId.set("");
        resourceGroup.set("");
    }

    public Placement placement() {
        Region region = regions.regionProperty().get();
        return new Placement(provider.get(), region == null ? "" : region.id(), zone.get(), projectId.get().strip(),
                resourceGroup.get().strip());
    }

    /** Everything the placement is made of, for a form that checks itself again when any of it changes. */
    public List<Observable> inputs() {
        return List.of(provider, regions.regionProperty(), zone, projectId, resourceGroup);
    }

    /** Shows the first broken placement rule of the form's verdict beside these fields. */
    public void show(Validation verdict) {
        List<ValidationError> broken = verdict.errors().stream().filter(e -> PLACEMENT_FIELDS.contains(e.field()))
                .toList();
        error.set(broken.isEmpty() ? "" : failures.rule(broken.get(0)));
    }

    public List<ProviderId> providers() {
        return List.of(ProviderId.values());
    }

    public ObjectProperty<ProviderId> providerProperty() {
        return provider;
    }

    public ObjectProperty<Region> regionProperty() {
        return regions.regionProperty();
    }

    public ObservableList<Region> regionChoices() {
        return regions.choices();
    }

    public ObservableList<String> zoneChoices() {
        return zoneChoices;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public StringProperty projectIdProperty() {
        return projectId;
    }

    public StringProperty resourceGroupProperty() {
        return resourceGroup;
    }

    /** Whether the key pair goes to a cloud (region and the cloud's fields apply). */
    public BooleanBinding cloudBinding() {
        return cloud;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
