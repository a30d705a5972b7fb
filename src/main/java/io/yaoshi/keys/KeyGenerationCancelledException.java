package io.yaoshi.keys;

import java.util.concurrent.CancellationException;

/** Key generation stopped because its thread was interrupted; the thread's interrupt status is left set. */
public final class KeyGenerationCancelledException extends CancellationException {
    @java.io.Serial
    private static final long serialVersionUID = 1L;


    KeyGenerationCancelledException() {
        super("key generation cancelled");
    }
}
