package io.yaoshi.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Small bindings every form repeats. */
public final class Views {

    private Views() {
    }

    /** The label shows the message in the given style, and takes no room while the message is empty. */
    public static void showMessage(Label label, ObservableStringValue message, String styleClass) {
        label.textProperty().bind(message);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.visibleProperty().bind(Bindings.isNotEmpty(message));
        label.managedProperty().bind(label.visibleProperty());
    }

    /** A table column showing {@code value} of each row, titled {@code title}, never narrower than {@code minWidth}. */
    public static <R> TableColumn<R, String> textColumn(String title, Function<R, String> value, double minWidth) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setMinWidth(minWidth);
        return column;
    }

    /** The node carries {@code styleClass} while {@code condition} holds (a warning colour, say). */
    public static void styleWhile(Node node, String styleClass, ObservableBooleanValue condition) {
        condition.addListener((o, was, holds) -> {
            node.getStyleClass().remove(styleClass);
            if (holds) {
                node.getStyleClass().add(styleClass);
            }
        });
    }

    /**
     * A hint whose line is there from the start, empty until its text arrives: on X11 a dialog that grows just after
     * it is shown can keep its first size, which would push its buttons out of the window.
     */
    public static void keepsItsLine(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.getStyleClass().add("form-hint");
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
    }

    /** A spinner and the words of what is happening, both shown while {@code progress} says something. */
    public static void showProgress(ProgressIndicator spinner, Label words, ObservableStringValue progress) {
        showMessage(words, progress, "progress-text");
        spinner.visibleProperty().bind(Bindings.isNotEmpty(progress));
        spinner.managedProperty().bind(spinner.visibleProperty());
    }

    /** The controls whose {@code disable} properties these are can be used only while {@code condition} holds. */
    public static void enableWhen(ObservableBooleanValue condition, BooleanProperty... disabled) {
        for (BooleanProperty property : disabled) {
            property.bind(Bindings.not(condition));
        }
    }

    /** The field gets a red border while the message says something is wrong with it. */
    public static void markInvalid(TextField field, ObservableStringValue message) {
        message.addListener((o, was, now) -> {
            field.getStyleClass().remove("invalid");
            if (!now.isEmpty()) {
                field.getStyleClass().add("invalid");
            }
        });
    }

    /** Tags as chips: one small rounded label each, in the given style. */
    public static List<Label> chips(List<String> texts, String styleClass) {
        return texts.stream().map(text -> {
            Label chip = new Label(text);
            chip.getStyleClass().add(styleClass);
            chip.setMinWidth(Region.USE_PREF_SIZE);
            return chip;
        }).toList();
    }

    /**
     * The combo box shows and sets {@code value}, which never becomes null through it: a combo box drops its value
     * while its items are replaced, and a null pushed into the view model would lose the user's choice (the key list
     * forgot its rows that way).
     */
    public static <T> void bindChoice(ComboBox<T> combo, Property<T> value) {
        combo.setValue(value.getValue());
        value.addListener((o, was, now) -> {
            if (!Objects.equals(combo.getValue(), now)) {
                combo.setValue(now);
            }
        });
        combo.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                value.setValue(now);
            } else if (value.getValue() != null) {
                // dropped while its items change (by the combo box or its skin, in either order): show it again
                // once the change is over
                Platform.runLater(() -> {
                    if (!Objects.equals(combo.getValue(), value.getValue())) {
                        combo.setValue(value.getValue());
                    }
                });
            }
        });
    }

    /** A converter for a choice box whose items are shown, never typed. */
    public static <T> StringConverter<T> displayOnly(Function<T, String> display) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : display.apply(item);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("the value is chosen, not typed");
            }
        };
    }
}
