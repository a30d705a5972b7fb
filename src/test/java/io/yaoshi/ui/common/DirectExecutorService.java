package io.yaoshi.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs each task on the calling thread, so view-model tests see the outcome as soon as the call returns; or, while
 * held, keeps them until released, so a test can act while a call is in flight.
 */
public final class DirectExecutorService extends AbstractExecutorService {

    private boolean shutdown;
    private boolean held;
    private final Deque<Runnable> waiting = new ArrayDeque<>();

    @Override
    public void execute(Runnable command) {
        if (held) {
            waiting.add(command);
        } else {
            command.run();
        }
    }

    /** From now on tasks wait for {@link #release()}. */
    public void hold() {
        held = true;
    }

    /** Runs the waiting tasks, and any they submit, then runs tasks at once again. */
    public void release() {
        held = false;
        while (!waiting.isEmpty()) {
            waiting.poll().run();
        }
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
