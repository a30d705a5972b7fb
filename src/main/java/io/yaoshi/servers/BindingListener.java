package io.yaoshi.servers;

import io.yaoshi.domain.ServerInstance;

/** Hears a binding as it goes: each step before it is taken, and each server's outcome as soon as it is final. */
@FunctionalInterface
public interface BindingListener {

    void step(ServerInstance server, BindingStep step);

    /** A server's outcome, final: nothing more is done to it in this binding (a journal may write it down). */
    default void finished(BindingOutcome outcome) {
    }
}
