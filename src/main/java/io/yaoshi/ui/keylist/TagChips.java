package io.yaoshi.ui.keylist;

import io.yaoshi.ui.common.Views;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;

/**
 * A row's tags as chips in one line: those that fit, then "+N" for the rest, so a narrow column says that more tags
 * exist instead of cutting one in half. The tooltip lists them all.
 */
final class TagChips extends Pane {

    private static final double GAP = 4;

    private final List<Label> chips;
    private final Label more = new Label();

    TagChips(List<String> tags) {
        chips = Views.chips(tags, "cell-chip");
        more.getStyleClass().addAll("cell-chip", "more-chip");
        getChildren().addAll(chips);
        getChildren().add(more);
        Tooltip.install(this, new Tooltip(String.join("\n", tags)));
    }

    @Override
    protected void layoutChildren() {
        double[] widths = chips.stream().mapToDouble(chip -> chip.prefWidth(-1)).toArray();
        int shown = fitting(widths, GAP, getWidth() - snappedLeftInset() - snappedRightInset(),
                count -> {
                    more.setText("+" + count);
                    return more.prefWidth(-1);
                });
        double x = snappedLeftInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        for (int i = 0; i < chips.size(); i++) {
            Label chip = chips.get(i);
            chip.setVisible(i < shown);
            if (i < shown) {
                x = place(chip, x, widths[i], height);
            }
        }
        more.setVisible(shown < chips.size());
        more.setText(more.isVisible() ? "+" + (chips.size() - shown) : "");
        if (more.isVisible()) {
            place(more, x, more.prefWidth(-1), height);
        }
    }

    private double place(Label label, double x, double width, double height) {
        double labelHeight = Math.min(height, label.prefHeight(width));
        label.resizeRelocate(x, snappedTopInset() + (height - labelHeight) / 2, width, labelHeight);
        return x + width + GAP;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        double tallest = chips.stream().mapToDouble(chip -> chip.prefHeight(-1)).max().orElse(0);
        return snappedTopInset() + tallest + snappedBottomInset();
    }

    /** The width of the "+N" chip for {@code n} hidden tags. */
    @FunctionalInterface
    interface OverflowWidth {
        double of(int hidden);
    }

    /**
     * How many chips, from the first, fit in {@code available}: all of them, or as many as leave room for the "+N"
     * chip naming the rest.
     */
    static int fitting(double[] widths, double gap, double available, OverflowWidth overflow) {
        double all = 0;
        for (int i = 0; i < widths.length; i++) {
            all += (i == 0 ? 0 : gap) + widths[i];
        }
        if (all <= available) {
            return widths.length;
        }
        int shown = 0;
        double used = 0;
        while (shown < widths.length) {
            double next = used + (shown == 0 ? 0 : gap) + widths[shown];
            int hiddenAfter = widths.length - shown - 1;
            double withOverflow = hiddenAfter == 0 ? next : next + gap + overflow.of(hiddenAfter);
            if (withOverflow > available) {
                break;
            }
            used = next;
            shown++;
        }
        return shown;
    }
}
