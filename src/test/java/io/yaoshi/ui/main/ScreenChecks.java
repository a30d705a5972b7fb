package io.yaoshi.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * What a user would see wrong on a screen, found from the scene graph: buttons cut off or outside their window,
 * text shown with an ellipsis. Run on the FX thread, after a layout pass.
 */
final class ScreenChecks {

    private ScreenChecks() {
    }

    /** Each problem as a sentence; empty when every button of the dialog lies fully inside its window. */
    static List<String> buttonsOutside(DialogPane pane) {
        List<String> problems = new ArrayList<>();
        Scene scene = pane.getScene();
        for (Node node : pane.lookupAll(".button-bar .button")) {
            Button button = (Button) node;
            if (!button.isVisible() || !button.isManaged()) {
                continue;
            }
            Bounds b = button.localToScene(button.getBoundsInLocal());
            boolean inside = b.getMinX() >= -0.5 && b.getMinY() >= -0.5 && b.getMaxX() <= scene.getWidth() + 0.5
                    && b.getMaxY() <= scene.getHeight() + 0.5;
            boolean whole = button.getHeight() >= button.prefHeight(-1) - 0.5
                    && button.getWidth() >= button.minWidth(-1) - 0.5;
            if (!inside || !whole) {
                problems.add(pane.getId() + ": button '" + button.getText() + "' at " + b + " in a scene of "
                        + scene.getWidth() + "x" + scene.getHeight() + (whole ? "" : " (cut)"));
            }
        }
        if (pane.lookup(".button-bar") instanceof ButtonBar bar && bar.getButtons().isEmpty()) {
            problems.add(pane.getId() + ": no buttons");
        }
        return problems;
    }

    /** A dialog without the app's look: Modena's blue, no room around the form, or no header saying what it does. */
    static List<String> undesigned(DialogPane pane) {
        List<String> problems = new ArrayList<>();
        if (pane.getStylesheets().stream().noneMatch(url -> url.endsWith("/io/yaoshi/ui/common/yaoshi.css"))) {
            problems.add(pane.getId() + " lacks the app's stylesheet");
        }
        if (pane.getHeaderText() == null || pane.getHeaderText().isBlank()) {
            problems.add(pane.getId() + " has no header");
        }
        return problems;
    }

    /** A dialog whose form scrolls while its window could still grow on the screen: a hint hidden for nothing. */
    static List<String> scrollsNeedlessly(DialogPane pane) {
        List<String> problems = new ArrayList<>();
        javafx.stage.Window window = pane.getScene().getWindow();
        double screenHeight = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight();
        for (Node node : pane.lookupAll(".dialog-form")) {
            if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                double content = scroll.getContent().getLayoutBounds().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                if (content > viewport + 1 && window.getHeight() < screenHeight - 1) {
                    problems.add(pane.getId() + ": its form scrolls (" + Math.round(content) + " px in "
                            + Math.round(viewport) + ") in a window of " + Math.round(window.getHeight())
                            + " px that could grow");
                }
            }
        }
        return problems;
    }

    /**
     * The buttons a window cuts off at its edges (a toolbar pushed wider than the window, say). Buttons inside a
     * scroll pane are left out: scrolled out of view is not cut off.
     */
    static List<String> buttonsCutByWindow(Scene scene) {
        List<String> problems = new ArrayList<>();
        for (Node node : scene.getRoot().lookupAll(".button")) {
            if (!(node instanceof javafx.scene.control.ButtonBase button) || !button.isVisible()
                    || !button.isManaged() || inScrollPane(button) || !shownInScene(button)) {
                continue;
            }
            Bounds b = button.localToScene(button.getBoundsInLocal());
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5
                    || b.getMaxY() > scene.getHeight() + 0.5) {
                problems.add("button '" + button.getText() + "' lies outside its window (" + b.getMinX() + ","
                        + b.getMinY() + " to " + b.getMaxX() + "," + b.getMaxY() + " in " + scene.getWidth() + "x"
                        + scene.getHeight() + ")");
            }
        }
        return problems;
    }

    /** The named parts laid out past the window's right or bottom edge: what the window shows of them is cut. */
    static List<String> laidOutBeyondWindow(Scene scene) {
        List<String> problems = new ArrayList<>();
        for (Node node : scene.getRoot().lookupAll("*")) {
            if (node.getId() == null || !shownInScene(node) || inScrollPane(node)) {
                continue;
            }
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1) {
                problems.add("#" + node.getId() + " reaches " + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY())
                        + " in a window of " + scene.getWidth() + "x" + scene.getHeight());
            }
        }
        return problems;
    }

    private static boolean inScrollPane(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane || n instanceof javafx.scene.control.TableView<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean shownInScene(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The texts shown cut off with an ellipsis, anywhere visible under {@code root} (table cells aside). */
    static List<String> ellipsised(Parent root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Parent parent, List<String> cut) {
        if (!parent.isVisible()) {
            return;
        }
        // a table cell too narrow for its text is the table's business: the user widens the column
        if (parent instanceof Labeled labeled && !(parent instanceof TableCell<?, ?>) && isEllipsised(labeled)) {
            cut.add((labeled.getId() == null ? labeled.getClass().getSimpleName() : "#" + labeled.getId())
                    + ": '" + labeled.getText() + "'");
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p) {
                collect(p, cut);
            }
        }
    }

    /**
     * Cells of the key table cut off although the screen is wide: only Name and Tags (which take or share the spare
     * width) may be, and not at all on a 1280-pixel screen.
     */
    static List<String> cutKeyTableCells(Scene scene) {
        List<String> cut = new ArrayList<>();
        if (scene.getWidth() < 1200 || !(scene.lookup("#keyTable") instanceof Parent table) || !table.isVisible()) {
            return cut;
        }
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && isEllipsised(cell)) {
                cut.add("key table cell cut off: " + cell.getTableColumn().getId() + " '" + cell.getText() + "'");
            }
        }
        return cut;
    }

    private static boolean isEllipsised(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return false;
        }
        String full = labeled.isMnemonicParsing() ? text.replaceFirst("_(.)", "$1") : text;
        String ellipsis = labeled.getEllipsisString();
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.getStyleClass().contains("text")) {
                String s = shown.getText();
                if (s != null && !s.equals(full) && !ellipsis.isEmpty() && s.endsWith(ellipsis)
                        && !full.endsWith(ellipsis)) {
                    return true;
                }
            }
        }
        return false;
    }
}
