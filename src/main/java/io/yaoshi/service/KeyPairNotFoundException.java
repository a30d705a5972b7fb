package io.yaoshi.service;

import io.yaoshi.domain.KeyPairRecord;
import java.util.List;

/** No key pair, or more than one, answers to the id or name given. */
public final class KeyPairNotFoundException extends Exception {
    @java.io.Serial
    private static final long serialVersionUID = 1L;


    private final String reference;
    private final transient List<KeyPairRecord> candidates;

    public KeyPairNotFoundException(String reference, List<KeyPairRecord> candidates) {
        super(candidates.isEmpty() ? "no key pair " + reference : candidates.size() + " key pairs named " + reference);
        this.reference = reference;
        this.candidates = List.copyOf(candidates);
    }

    public String reference() {
        return reference;
    }

    /** Empty when nothing matched; several when a name is used in more than one provider or region. */
    public List<KeyPairRecord> candidates() {
        return candidates;
    }
}
