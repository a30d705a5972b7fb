package io.yaoshi.ui.main;

import io.yaoshi.ui.common.FilePicker;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;

/** The OS file dialogs answered by the test: each call takes the next scripted path (empty = the user cancelled). */
final class ScriptedFilePicker implements FilePicker {

    private final Deque<Optional<Path>> answers = new ArrayDeque<>();
    String lastSuggestedName;

    void answer(Path path) {
        answers.add(Optional.of(path));
    }

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName) {
        lastSuggestedName = suggestedName;
        return answers.isEmpty() ? Optional.empty() : answers.poll();
    }

    @Override
    public Optional<Path> open(Window owner, String title) {
        return answers.isEmpty() ? Optional.empty() : answers.poll();
    }
}
