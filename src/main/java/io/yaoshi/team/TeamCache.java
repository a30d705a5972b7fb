package io.yaoshi.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.VaultItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The last rows read from a team's store, kept in the personal vault (encrypted there like everything else) so the
 * team's key pairs can be shown, read-only, while the store cannot be reached. The rows are kept as the store gave
 * them and checked again when read back, like any row. One item per team row and a head item (the team row, its
 * members, when it was read), so keeping a refresh writes what changed, not the whole team.
 */
final class TeamCache {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder UNB64 = Base64.getDecoder();

    /** What was cached, and when it was read from the store. */
    record Copy(TeamRows.Snapshot snapshot, Instant readAt) {
    }

    private final VaultSession vault;
    private final UUID team;

    TeamCache(VaultSession vault, UUID team) {
        this.vault = vault;
        this.team = team;
    }

    /** Replaces the whole copy: after a full read (a re-key re-seals every row, and drops deleted ones). */
    void replace(TeamRows.Snapshot snapshot, Instant readAt) throws VaultAccessException {
        Set<UUID> keeping = snapshot.items().stream().map(item -> itemId(item.id())).collect(Collectors.toSet());
        List<UUID> stale = new ArrayList<>();
        for (VaultItem item : ours()) {
            if (!item.id().equals(headId()) && !keeping.contains(item.id())) {
                stale.add(item.id());
            }
        }
        vault.change(puts(snapshot, readAt), stale);
    }

    /** Adds what a refresh read: the team row, its members and the item rows written since. */
    void update(TeamRows.Snapshot changed, Instant readAt) throws VaultAccessException {
        vault.change(puts(changed, readAt), List.of());
    }

    Optional<Copy> read() throws VaultAccessException {
        Optional<JsonNode> head = Optional.empty();
        List<TeamRows.Item> items = new ArrayList<>();
        try {
            for (VaultItem item : ours()) {
                JsonNode node = JSON.readTree(item.payload());
                if (item.id().equals(headId())) {
                    head = Optional.of(node);
                } else {
                    items.add(item(node));
                }
            }
            if (head.isEmpty()) {
                return Optional.empty();
            }
            JsonNode h = head.get();
            List<TeamRows.Member> members = new ArrayList<>();
            for (JsonNode m : h.path("members")) {
                members.add(new TeamRows.Member(TeamIdentity.parse(m.path("identity").asText()),
                        TeamRole.fromId(m.path("role").asText()).orElseThrow(IOException::new),
                        TeamIdentity.parse(m.path("grantedBy").asText()), bytes(m, "grantSignature"),
                        m.path("generation").asInt(), bytes(m, "wrappedKey"),
                        TeamIdentity.parse(m.path("wrappedBy").asText()), bytes(m, "wrapSignature")));
            }
            JsonNode t = h.path("team");
            TeamRows.Team row = new TeamRows.Team(UUID.fromString(t.path("id").asText()), t.path("name").asText(),
                    t.path("generation").asInt(), TeamIdentity.parse(t.path("founder").asText()),
                    TeamIdentity.parse(t.path("signer").asText()), bytes(t, "signature"));
            items.sort((a, b) -> Long.compare(a.change(), b.change()));
            return Optional.of(new Copy(new TeamRows.Snapshot(row, members, items),
                    Instant.parse(h.path("readAt").asText())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a copy that does not read is as good as none: nothing is shown from it
        }
    }

    /** Forgets the copy (leaving the team). */
    void forget() throws VaultAccessException {
        vault.change(List.of(), ours().stream().map(VaultItem::id).toList());
    }

    private List<VaultItem> ours() throws VaultAccessException {
        List<VaultItem> ours = new ArrayList<>();
        for (VaultItem item : vault.items(ItemKind.TEAM_CACHE)) {
            if (item.id().equals(headId()) || isItemOfThisTeam(item)) {
                ours.add(item);
            }
        }
        return ours;
    }

    private boolean isItemOfThisTeam(VaultItem item) {
        try {
            return JSON.readTree(item.payload()).path("team").asText().equals(team.toString());
        } catch (IOException e) {
            return false;
        }
    }

    private Collection<VaultItem> puts(TeamRows.Snapshot snapshot, Instant readAt) {
        List<VaultItem> puts = new ArrayList<>();
        ObjectNode head = JSON.createObjectNode().put("team", team.toString()).put("readAt", readAt.toString());
        TeamRows.Team t = snapshot.team();
        head.putObject("team").put("id", t.id().toString()).put("name", t.name()).put("generation", t.generation())
                .put("founder", t.founder().text()).put("signer", t.signer().text())
                .put("signature", B64.encodeToString(t.signature()));
        ArrayNode members = head.putArray("members");
        for (TeamRows.Member m : snapshot.members()) {
            members.addObject().put("identity", m.identity().text()).put("role", m.role().id())
                    .put("grantedBy", m.grantedBy().text()).put("grantSignature", B64.encodeToString(m.grantSignature()))
                    .put("generation", m.generation()).put("wrappedKey", B64.encodeToString(m.wrappedKey()))
                    .put("wrappedBy", m.wrappedBy().text()).put("wrapSignature", B64.encodeToString(m.wrapSignature()));
        }
        puts.add(new VaultItem(headId(), ItemKind.TEAM_CACHE, json(head)));
        for (TeamRows.Item item : snapshot.items()) {
            ObjectNode node = JSON.createObjectNode().put("team", team.toString()).put("id", item.id().toString())
                    .put("version", item.version()).put("generation", item.generation())
                    .put("box", B64.encodeToString(item.box())).put("author", item.author().text())
                    .put("signature", B64.encodeToString(item.signature())).put("change", item.change());
            puts.add(new VaultItem(itemId(item.id()), ItemKind.TEAM_CACHE, json(node)));
        }
        return puts;
    }

    private static TeamRows.Item item(JsonNode n) {
        return new TeamRows.Item(UUID.fromString(n.path("id").asText()), n.path("version").asLong(),
                n.path("generation").asInt(), bytes(n, "box"), TeamIdentity.parse(n.path("author").asText()),
                bytes(n, "signature"), n.path("change").asLong());
    }

    private static byte[] bytes(JsonNode node, String field) {
        return UNB64.decode(node.path(field).asText());
    }

    private static byte[] json(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException("a tree of strings always serialises", e);
        }
    }

    private UUID headId() {
        return UUID.nameUUIDFromBytes(("yaoshi-team-cache:" + team).getBytes(StandardCharsets.UTF_8));
    }

    private UUID itemId(UUID item) {
        return UUID.nameUUIDFromBytes(("yaoshi-team-cache:" + team + ":" + item).getBytes(StandardCharsets.UTF_8));
    }
}
