package io.yaoshi.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The operating system's file dialogs, behind an interface so UI tests can answer them. */
public interface FilePicker {

    /** Asks where to save; the dialog itself confirms replacing an existing file. */
    Optional<Path> save(Window owner, String title, String suggestedName);

    /**
     * Asks for files to open; several may be chosen, none means the user cancelled. The dialog offers {@code kinds}
     * in order, the first chosen to begin with.
     */
    List<Path> openFiles(Window owner, String title, List<Kind> kinds);

    /** A kind of file the Open dialog can show alone: its name and glob patterns ({@code *.pem}, {@code id_*}). */
    record Kind(String description, List<String> patterns) {

        public Kind {
            patterns = List.copyOf(patterns);
        }
    }
}
