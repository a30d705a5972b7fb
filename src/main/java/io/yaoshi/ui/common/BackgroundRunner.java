package io.yaoshi.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs service calls off the UI thread and hands the outcome back on it. View models describe a task fluently:
 * {@code runner.task(() -> vault.unlock(pw)).onStart(...).onSuccess(...).onFailure(...).always(...).run()}.
 */
public final class BackgroundRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundRunner.class);

    private final ExecutorService worker;
    private final UiExecutor ui;

    public BackgroundRunner(ExecutorService worker, UiExecutor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    public <T> Task<T> task(Callable<T> work) {
        return new Task<>(work);
    }

    /** One piece of background work and what to do on the UI thread when it starts, succeeds, fails or ends. */
    public final class Task<T> {
        private final Callable<T> work;
        private Runnable onStart = () -> { };
        private Consumer<? super T> onSuccess = value -> { };
        private Consumer<Exception> onFailure = failure -> LOG.error("Background task failed", failure);
        private Runnable always = () -> { };

        private Task(Callable<T> work) {
            this.work = Objects.requireNonNull(work);
        }

        public Task<T> onStart(Runnable action) {
            this.onStart = action;
            return this;
        }

        public Task<T> onSuccess(Consumer<? super T> action) {
            this.onSuccess = action;
            return this;
        }

        public Task<T> onFailure(Consumer<Exception> action) {
            this.onFailure = action;
            return this;
        }

        public Task<T> always(Runnable action) {
            this.always = action;
            return this;
        }

        /** Starts the work; {@code onStart} runs now, on the calling (UI) thread. Cancel through the future. */
        public Future<?> run() {
            onStart.run();
            return worker.submit(() -> {
                try {
                    T value = work.call();
                    ui.execute(() -> {
                        try {
                            onSuccess.accept(value);
                        } finally {
                            always.run();
                        }
                    });
                } catch (Exception failure) {
                    ui.execute(() -> {
                        try {
                            onFailure.accept(failure);
                        } finally {
                            always.run();
                        }
                    });
                }
            });
        }
    }
}
