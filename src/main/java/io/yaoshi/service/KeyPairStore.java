package io.yaoshi.service;

import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where key pairs are kept: the personal vault ({@link VaultSession}) or a team's vault. {@link KeyPairService} works
 * over either, so every rule and use case is the same for both.
 */
public interface KeyPairStore {

    /** Every key pair, in the order they were stored. */
    List<KeyPairRecord> keyPairs() throws VaultAccessException;

    /** The key pairs that pass {@code filter}, in the order they were stored. */
    List<KeyPairRecord> matching(KeyPairFilter filter) throws VaultAccessException;

    Optional<KeyPairRecord> find(KeyId id) throws VaultAccessException;

    /** Saves key pairs (new or changed) at once, with their private keys where given (others keep theirs). */
    void save(Collection<KeyPairRecord> records, Map<KeyId, char[]> privateKeys) throws VaultAccessException;

    /** The private key PEM of a key pair (the caller wipes it), or empty for a public-only entry. */
    Optional<char[]> privateKey(KeyId id) throws VaultAccessException;

    void delete(KeyId id) throws VaultAccessException;

    /** Where the use cases tell what they did (the member's own history, for a team's key pairs too). */
    EventRecorder events();
}
