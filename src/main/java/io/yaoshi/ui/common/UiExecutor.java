package io.yaoshi.ui.common;

import java.util.concurrent.Executor;

/**
 * Where background results are delivered: the JavaFX thread in the app ({@code Platform::runLater}), the calling
 * thread in view-model tests ({@code Runnable::run}).
 */
@FunctionalInterface
public interface UiExecutor extends Executor {
}
