package io.yaoshi.ui.tags;

import io.yaoshi.ui.common.FormParts;
import io.yaoshi.ui.common.ViewLoader;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;

/** Puts a tag editor into the {@code #tagEditorSlot} of a form (the new-key-pair and edit-tags forms have one). */
public final class TagEditors {

    private TagEditors() {
    }

    public static Parent embed(ViewLoader views, Parent form, TagEditorViewModel tags, ObservableBooleanValue busy) {
        return FormParts.embed(form, "tagEditorSlot", views.load(new TagEditorController(tags)), busy);
    }
}
