package io.yaoshi.servers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.VaultProblem;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.VaultItem;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The rotations' journals, encrypted in the vault: one item per rotation, rewritten after each of its steps. */
final class RotationJournal {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VaultSession vault;

    RotationJournal(VaultSession vault) {
        this.vault = vault;
    }

    /** What is stored, in the vault's own words. */
    private record Stored(String id, long started, String oldKey, String newName, String type, boolean restart, boolean deleteOld,
                          String step, String newKey, List<String> instances, Map<String, RotationState.Entry> outcomes,
                          Map<String, RotationState.Entry> checks) {
    }

    List<RotationState> all() throws VaultAccessException {
        List<RotationState> all = new ArrayList<>();
        for (VaultItem item : vault.items(ItemKind.ROTATION)) {
            try {
                Stored s = JSON.readValue(item.payload(), Stored.class);
                all.add(new RotationState(UUID.fromString(s.id()), Instant.ofEpochMilli(s.started()),
                        new KeyId(s.oldKey()), s.newName(),
                        KeyAlgorithm.fromId(s.type()).orElseThrow(() -> new IOException("unknown type " + s.type())),
                        s.restart(), s.deleteOld(), RotationState.Step.valueOf(s.step()),
                        Optional.ofNullable(s.newKey()).map(KeyId::new), s.instances(), s.outcomes(), s.checks()));
            } catch (IOException | IllegalArgumentException e) {
                throw new VaultAccessException(VaultProblem.IO, e);
            }
        }
        return all;
    }

    /** The rotation of {@code oldKey} not yet done, if one is. */
    Optional<RotationState> unfinished(KeyId oldKey) throws VaultAccessException {
        return all().stream().filter(r -> r.oldKey().equals(oldKey) && r.step() != RotationState.Step.DONE)
                .findFirst();
    }

    /** Forgets a rotation that changed nothing (its new key pair was refused before any was made). */
    void remove(RotationState r) throws VaultAccessException {
        vault.remove(r.id());
    }

    void save(RotationState r) throws VaultAccessException {
        try {
            vault.put(new VaultItem(r.id(), ItemKind.ROTATION, JSON.writeValueAsBytes(new Stored(r.id().toString(),
                    r.started().toEpochMilli(), r.oldKey().value(), r.newName(), r.type().id(), r.restart(), r.deleteOld(), r.step().name(),
                    r.newKey().map(KeyId::value).orElse(null), r.instances(), r.outcomes(), r.checks()))));
        } catch (IOException e) {
            throw new IllegalStateException("a record of strings always serialises", e);
        }
    }
}
