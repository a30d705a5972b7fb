package io.yaoshi.agent;

/** Told of every sign request the agent decided, on the connection's thread. */
@FunctionalInterface
public interface RequestLog {

    RequestLog NONE = request -> { };

    void record(AgentRequest request);

    /** Both logs, this one first. */
    default RequestLog and(RequestLog other) {
        return request -> {
            record(request);
            other.record(request);
        };
    }
}
