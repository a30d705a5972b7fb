package io.yaoshi.service;

import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Tag;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.service.validation.Validation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key-pair use cases shared by the desktop app and the command line: list, find, create, import, tag, export
 * and delete. Plain synchronous Java; every rule is checked before anything is written or sent, so a rejected
 * request changes nothing anywhere.
 */
public final class KeyPairService {

    private final VaultSession vault;
    private final KeyPairRules rules;

    public KeyPairService(VaultSession vault, KeyPairRules rules) {
        this.vault = vault;
        this.rules = rules;
    }

    /** The key pairs that match {@code filter}, in the order they were stored. */
    public List<KeyPairRecord> list(KeyPairFilter filter) throws VaultAccessException {
        return vault.keyPairs().stream().filter(filter::matches).toList();
    }

    /**
     * The key pair with this id, or else the only one with this exact name.
     *
     * @throws KeyPairNotFoundException when none matches, or when the name is used by several (they are listed)
     */
    public KeyPairRecord resolve(String idOrName) throws VaultAccessException, KeyPairNotFoundException {
        Optional<KeyPairRecord> byId = vault.find(new KeyId(idOrName));
        if (byId.isPresent()) {
            return byId.get();
        }
        List<KeyPairRecord> byName = vault.keyPairs().stream().filter(k -> k.name().equals(idOrName)).toList();
        if (byName.size() != 1) {
            throw new KeyPairNotFoundException(idOrName, byName);
        }
        return byName.get(0);
    }

    /** Replaces a key pair's tags after checking them against the rules. */
    public KeyPairRecord setTags(KeyId id, List<Tag> tags)
            throws ValidationException, VaultAccessException, KeyPairNotFoundException {
        KeyPairRecord current = vault.find(id).orElseThrow(() -> new KeyPairNotFoundException(id.value(), List.of()));
        Validation verdict = rules.tags().validate(tags);
        if (!verdict.isValid()) {
            throw new ValidationException(verdict);
        }
        KeyPairRecord updated = current.withTags(tags);
        vault.save(List.of(updated), Map.of());
        return updated;
    }

    /** Removes a key pair and its private key from the vault. */
    public void delete(KeyId id) throws VaultAccessException, KeyPairNotFoundException {
        if (vault.find(id).isEmpty()) {
            throw new KeyPairNotFoundException(id.value(), List.of());
        }
        vault.delete(id);
    }
}
