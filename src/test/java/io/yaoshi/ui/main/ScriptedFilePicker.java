package io.yaoshi.ui.main;

import io.yaoshi.ui.common.FilePicker;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The OS file dialogs answered by the test: each call takes the next scripted answer (none = the user cancelled). */
final class ScriptedFilePicker implements FilePicker {

    private final Deque<List<Path>> answers = new ArrayDeque<>();
    String lastSuggestedName;
    List<Kind> lastKinds = List.of();

    void answer(Path... paths) {
        answers.add(List.of(paths));
    }

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName) {
        lastSuggestedName = suggestedName;
        return answers.isEmpty() ? Optional.empty() : answers.poll().stream().findFirst();
    }

    @Override
    public List<Path> openFiles(Window owner, String title, List<Kind> kinds) {
        lastKinds = kinds;
        return answers.isEmpty() ? List.of() : answers.poll();
    }
}
