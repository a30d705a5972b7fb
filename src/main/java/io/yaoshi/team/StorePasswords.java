package io.yaoshi.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.VaultItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The passwords of team stores that want one, kept in the personal vault like a cloud secret (one item per store
 * address, the address in the clear inside the encrypted item). Connecting asks for one only when the server does.
 */
final class StorePasswords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VaultSession vault;

    StorePasswords(VaultSession vault) {
        this.vault = vault;
    }

    /** The kept password of {@code store} (the caller wipes it), or empty. */
    Optional<char[]> of(StoreAddress store) throws VaultAccessException {
        for (VaultItem item : vault.items(ItemKind.STORE_PASSWORD)) {
            byte[] payload = item.payload();
            try {
                JsonNode node = JSON.readTree(payload);
                if (node.path("store").asText().equals(store.text())) {
                    return Optional.of(node.path("password").asText().toCharArray());
                }
            } catch (IOException e) {
                // not readable: as if not kept, the server will ask again
            } finally {
                Arrays.fill(payload, (byte) 0);
            }
        }
        return Optional.empty();
    }

    /** Keeps {@code password} for {@code store}, replacing what was kept. */
    void keep(StoreAddress store, char[] password) throws VaultAccessException {
        UUID id = UUID.nameUUIDFromBytes(("yaoshi-store:" + store.text()).getBytes(StandardCharsets.UTF_8));
        ObjectNode node = JSON.createObjectNode().put("store", store.text()).put("password", new String(password));
        byte[] payload;
        try {
            payload = JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException("a tree of strings always serialises", e);
        }
        try {
            vault.put(new VaultItem(id, ItemKind.STORE_PASSWORD, payload));
        } finally {
            Arrays.fill(payload, (byte) 0);
        }
    }
}
