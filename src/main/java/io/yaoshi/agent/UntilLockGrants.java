package io.yaoshi.agent;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The keys the user allowed "until lock": they sign without asking again until the vault locks. */
public final class UntilLockGrants {

    private final Set<String> keyIds = ConcurrentHashMap.newKeySet();

    boolean holds(String keyId) {
        return keyIds.contains(keyId);
    }

    void grant(String keyId) {
        keyIds.add(keyId);
    }

    /** The vault locked: every key asks again. */
    public void forgetAll() {
        keyIds.clear();
    }
}
