package io.yaoshi.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A clipboard in memory and a timer the test fires by hand. */
public final class FakeClipboard implements ClipboardGuard.SystemClipboard, ClipboardGuard.Timer {

    private String content;
    private final List<Scheduled> scheduled = new ArrayList<>();

    private static final class Scheduled {
        final Duration delay;
        final Runnable action;
        boolean cancelled;

        Scheduled(Duration delay, Runnable action) {
            this.delay = delay;
            this.action = action;
        }
    }

    @Override
    public Optional<String> text() {
        return Optional.ofNullable(content);
    }

    @Override
    public void put(String text) {
        content = text;
    }

    @Override
    public void clear() {
        content = null;
    }

    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        Scheduled entry = new Scheduled(delay, action);
        scheduled.add(entry);
        return () -> entry.cancelled = true;
    }

    /** The delay of the last scheduled action that is still pending. */
    public Optional<Duration> pendingDelay() {
        return pending().map(s -> s.delay);
    }

    /** Runs every pending action, as if its time were up. */
    public void elapse() {
        List<Scheduled> due = scheduled.stream().filter(s -> !s.cancelled).toList();
        scheduled.clear();
        due.forEach(s -> s.action.run());
    }

    private Optional<Scheduled> pending() {
        return scheduled.stream().filter(s -> !s.cancelled).reduce((first, second) -> second);
    }
}
