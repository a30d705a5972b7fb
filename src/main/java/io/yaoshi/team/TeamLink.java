package io.yaoshi.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.VaultItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

/**
 * A team this vault belongs to, as kept in the personal vault: where its store is, and what was pinned when it was
 * joined (its founder, trusted on first use) or last seen (its newest key generation, so a store that serves an older
 * one is caught rolling back).
 */
public record TeamLink(UUID id, String name, StoreAddress store, TeamIdentity founder, int generation) {

    private static final ObjectMapper JSON = new ObjectMapper();

    TeamLink seenAt(int newerGeneration) {
        return new TeamLink(id, name, store, founder, Math.max(generation, newerGeneration));
    }

    VaultItem toItem() {
        try {
            return new VaultItem(id, ItemKind.TEAM, JSON.writeValueAsBytes(JSON.createObjectNode().put("v", 1)
                    .put("name", name).put("store", store.text()).put("founder", founder.text())
                    .put("generation", generation)));
        } catch (IOException e) {
            throw new UncheckedIOException("a tree of strings always serialises", e);
        }
    }

    /** Empty for an item that does not read as a link (it is left alone, not guessed at). */
    static Optional<TeamLink> fromItem(VaultItem item) {
        try {
            JsonNode node = JSON.readTree(item.payload());
            return Optional.of(new TeamLink(item.id(), node.path("name").asText(),
                    StoreAddress.parse(node.path("store").asText()), TeamIdentity.parse(node.path("founder").asText()),
                    node.path("generation").asInt()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
