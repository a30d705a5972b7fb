package io.yaoshi.ui.placement;

import io.yaoshi.ui.common.FormParts;
import io.yaoshi.ui.common.ViewLoader;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;

/** Puts the placement fields into a form's {@code #placementSlot}. */
public final class Placements {

    private Placements() {
    }

    public static Parent embed(ViewLoader views, Parent form, PlacementViewModel placement,
                               ObservableBooleanValue busy) {
        return FormParts.embed(form, "placementSlot", views.load(new PlacementController(placement)), busy);
    }

    /** The cloud fields come and go with the provider: the dialog's window follows the form's size. */
    public static void resizeWithProvider(Dialog<?> dialog, PlacementViewModel placement) {
        placement.providerProperty().addListener((o, was, now) -> Platform.runLater(
                () -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
    }
}
