package io.yaoshi.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Files dragged onto a node from the desktop or a file manager. */
public final class FileDrop {

    private FileDrop() {
    }

    /**
     * Accepts a drag that carries files {@code accepted} keeps, and hands those to {@code dropped} once the drop
     * gesture has ended (so a dialog {@code dropped} opens does not hold the file manager's drag).
     */
    public static void install(Node target, UnaryOperator<List<Path>> accepted, Consumer<List<Path>> dropped) {
        target.setOnDragOver(event -> {
            if (!accepted.apply(paths(event.getDragboard())).isEmpty()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        target.setOnDragDropped((DragEvent event) -> {
            List<Path> files = accepted.apply(paths(event.getDragboard()));
            event.setDropCompleted(!files.isEmpty());
            event.consume();
            Platform.runLater(() -> dropped.accept(files));
        });
    }

    private static List<Path> paths(Dragboard dragboard) {
        return dragboard.hasFiles() ? dragboard.getFiles().stream().map(File::toPath).toList() : List.of();
    }
}
