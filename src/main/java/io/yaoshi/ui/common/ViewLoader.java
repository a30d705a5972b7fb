package io.yaoshi.ui.common;

import io.yaoshi.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML with the UI language's bundle and a controller built by the application's wiring.
 * The FXML of {@code FooController} is {@code FooView.fxml} in the same package; a controller the wiring does not
 * know fails at once rather than being instantiated reflectively with no dependencies.
 */
public final class ViewLoader {

    private final Messages messages;
    private final Map<Class<?>, Supplier<?>> controllers;

    /**
     * @param controllers the controller factories by type; the wiring may finish filling this map after handing it
     *                    over (the dialogs need the loader before the main controller can be built)
     */
    public ViewLoader(Messages messages, Map<Class<?>, Supplier<?>> controllers) {
        this.messages = messages;
        this.controllers = controllers;
    }

    public Parent load(Class<?> controllerType) {
        return load(controllerType, this::controller);
    }

    /** A view and the controller the wiring built for it. */
    public record Loaded<C>(Parent root, C controller) {
    }

    /** Loads a view the wiring builds the controller of, and hands back that controller too. */
    public <C> Loaded<C> loadWithController(Class<C> controllerType) {
        Object[] built = new Object[1];
        Parent root = load(controllerType, type -> {
            Object controller = controller(type);
            if (type == controllerType) {
                built[0] = controller;
            }
            return controller;
        });
        return new Loaded<>(root, controllerType.cast(built[0]));
    }

    /** Loads the view of a controller built by the caller, e.g. one per dialog with its own view model. */
    public Parent load(Object controller) {
        return load(controller.getClass(), type -> controller);
    }

    private Parent load(Class<?> controllerType, javafx.util.Callback<Class<?>, Object> factory) {
        String viewName = controllerType.getSimpleName().replaceFirst("Controller$", "View") + ".fxml";
        URL fxml = controllerType.getResource(viewName);
        if (fxml == null) {
            throw new IllegalStateException("No view " + viewName + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(factory);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    private Object controller(Class<?> type) {
        Supplier<?> factory = controllers.get(type);
        if (factory == null) {
            throw new IllegalStateException("The wiring has no controller " + type.getName());
        }
        return factory.get();
    }
}
