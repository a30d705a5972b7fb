package io.yaoshi.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * {@link FilePicker} with JavaFX's native file dialogs, starting in the user's home folder. On Linux they are GTK's
 * and speak the desktop session's language ({@code LANGUAGE}, {@code LANG}), which a running JVM cannot change.
 */
public final class SystemFilePicker implements FilePicker {

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public List<Path> openFiles(Window owner, String title, List<Kind> kinds) {
        FileChooser chooser = chooser(title);
        for (Kind kind : kinds) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        }
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        return chooser;
    }
}
