package io.yaoshi.service;

import io.yaoshi.domain.HistoryEvent;

/**
 * Where the services tell what they did to a key pair or a secret: the vault's history (the {@code history}
 * package), or nowhere. Recording never throws: the act it records has already happened, and its failure to be
 * written is logged instead.
 */
public interface EventRecorder {

    EventRecorder NONE = event -> { };

    void record(HistoryEvent event);

    /** The vault was just unlocked: what had to wait for it (failed unlocks) can be written now. */
    default void unlocked() {
    }
}
