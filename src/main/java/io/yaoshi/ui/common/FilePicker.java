package io.yaoshi.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The operating system's file dialogs, behind an interface so UI tests can answer them. */
public interface FilePicker {

    /** Asks where to save; the dialog itself confirms replacing an existing file. */
    Optional<Path> save(Window owner, String title, String suggestedName);

    Optional<Path> open(Window owner, String title);
}
