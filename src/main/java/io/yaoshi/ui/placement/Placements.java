package io.yaoshi.ui.placement;

import io.yaoshi.ui.common.FormParts;
import io.yaoshi.ui.common.ViewLoader;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;

/** Puts the placement fields into a form's {@code #placementSlot}. */
public final class Placements {

    private Placements() {
    }

    public static Parent embed(ViewLoader views, Parent form, PlacementViewModel placement,
                               ObservableBooleanValue busy) {
        return FormParts.embed(form, "placementSlot", views.load(new PlacementController(placement)), busy);
    }
}
