package io.yaoshi.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's background thread: one named daemon thread, {@code yaoshi-vault}, runs every service call, because the
 * vault session and its SQLite connection are confined to one thread. Uncaught failures are logged, never lost.
 */
public final class AppExecutors implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppExecutors.class);

    private final ExecutorService vault = Executors.newSingleThreadExecutor(named("yaoshi-vault"));

    public ExecutorService vault() {
        return vault;
    }

    @Override
    public void close() {
        vault.shutdown();
        try {
            if (!vault.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The vault thread did not finish within 5 s; interrupting it");
                vault.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + (count.getAndIncrement() == 0 ? "" : "-" + count.get()));
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Uncaught failure on {}", t.getName(), e));
            return thread;
        };
    }
}
