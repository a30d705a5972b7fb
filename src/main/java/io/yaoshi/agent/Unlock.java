package io.yaoshi.agent;

import java.time.Duration;

/**
 * Asks the user to unlock the vault when a request arrives while it is locked, and waits: an SSH client then gets
 * its answer once the vault opens, instead of an empty list (other agents' users report exactly that).
 */
@FunctionalInterface
public interface Unlock {

    /** For an agent whose vault is always open while it serves ({@code agent serve}). */
    Unlock NONE = timeout -> false;

    /** @return whether the vault is open now; false when it stayed locked for {@code timeout} */
    boolean await(Duration timeout);
}
