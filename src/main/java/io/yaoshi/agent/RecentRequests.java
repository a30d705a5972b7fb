package io.yaoshi.agent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The last requests the agent decided, newest first, kept in memory only; listeners hear of each new one. */
public final class RecentRequests implements RequestLog {

    private final int capacity;
    private final Deque<AgentRequest> requests = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public RecentRequests(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public void record(AgentRequest request) {
        synchronized (requests) {
            requests.addFirst(request);
            if (requests.size() > capacity) {
                requests.removeLast();
            }
        }
        listeners.forEach(Runnable::run);
    }

    /** Newest first. */
    public List<AgentRequest> snapshot() {
        synchronized (requests) {
            return new ArrayList<>(requests);
        }
    }

    /** Called on the agent's thread after each new request; returns what removes it again. */
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
