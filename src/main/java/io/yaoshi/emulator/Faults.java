package io.yaoshi.emulator;

import io.yaoshi.domain.ProviderId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The faults scripted for the next requests, per provider and action, consumed first in, first out. A fault
 * scripted for {@link #ANY_ACTION} hits the next request of that provider whatever its action, once no fault for
 * the request's own action is waiting. Faults apply only to requests that pass authentication.
 */
public final class Faults {

    public static final String ANY_ACTION = "*";

    private final Map<String, Deque<Fault>> queues = new HashMap<>();

    /** Scripts {@code fault} for the next {@code times} requests of {@code action} at {@code provider}. */
    public synchronized Faults inject(ProviderId provider, String action, Fault fault, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        Deque<Fault> queue = queues.computeIfAbsent(key(provider, action), k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.addLast(fault);
        }
        return this;
    }

    /** Scripts {@code fault} for the next request of {@code action} at {@code provider}. */
    public Faults inject(ProviderId provider, String action, Fault fault) {
        return inject(provider, action, fault, 1);
    }

    /** The fault the request of {@code action} must suffer, removed from the script; empty for a normal answer. */
    public synchronized Optional<Fault> take(ProviderId provider, String action) {
        Deque<Fault> own = queues.get(key(provider, action));
        if (own != null && !own.isEmpty()) {
            return Optional.of(own.removeFirst());
        }
        Deque<Fault> any = queues.get(key(provider, ANY_ACTION));
        return any == null ? Optional.empty() : Optional.ofNullable(any.pollFirst());
    }

    /** How many scripted faults have not happened yet. */
    public synchronized int pending() {
        return queues.values().stream().mapToInt(Deque::size).sum();
    }

    public synchronized void clear() {
        queues.clear();
    }

    private static String key(ProviderId provider, String action) {
        return provider.id() + "/" + action;
    }
}
