package io.yaoshi.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;
import javafx.scene.layout.Pane;

/**
 * Puts a part with its own view model (the tag editor, the placement fields) into a form's slot: the part is
 * loaded on its own, since a nested include would be handed the form's controller.
 */
public final class FormParts {

    private FormParts() {
    }

    /** @param busy the part is disabled while the form's work runs */
    public static Parent embed(Parent form, String slotId, Parent part, ObservableBooleanValue busy) {
        part.disableProperty().bind(busy);
        ((Pane) form.lookup("#" + slotId)).getChildren().add(part);
        return form;
    }
}
