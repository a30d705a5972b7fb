package io.yaoshi.team;

import java.util.Optional;

/** Asks the user for a store's password when the server wants one: {@code YAOSHI_SECRET}, a prompt or stdin. */
@FunctionalInterface
public interface StorePasswordPrompt {

    StorePasswordPrompt NONE = store -> Optional.empty();

    /** The password (the caller wipes it), or empty when there is none to give. */
    Optional<char[]> ask(StoreAddress store);
}
