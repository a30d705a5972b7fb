package io.yaoshi.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.VaultProblem;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.VaultItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The SSH agent's policy of each key pair, kept encrypted in the vault (one item per key pair whose policy differs
 * from {@link AgentPolicy#DEFAULT}); a key pair without an item has the default.
 */
public final class AgentPolicies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VaultSession vault;

    public AgentPolicies(VaultSession vault) {
        this.vault = vault;
    }

    /** What is stored, in the vault's own words. */
    private record Stored(String keyId, boolean offer, String confirm, String forwarding) {
    }

    /** The policy of this key pair (the default when none was set). */
    public AgentPolicy of(KeyId id) throws VaultAccessException {
        return all().getOrDefault(id, AgentPolicy.DEFAULT);
    }

    /** Every policy set, by key pair. */
    public Map<KeyId, AgentPolicy> all() throws VaultAccessException {
        Map<KeyId, AgentPolicy> policies = new HashMap<>();
        for (VaultItem item : vault.items(ItemKind.AGENT_POLICY)) {
            try {
                Stored stored = JSON.readValue(new String(item.payload(), StandardCharsets.UTF_8), Stored.class);
                // an id from a newer version reads as the safe default, never as a looser policy
                policies.put(new KeyId(stored.keyId()), new AgentPolicy(stored.offer(),
                        AgentPolicy.Confirm.fromId(stored.confirm()).orElse(AgentPolicy.Confirm.ALWAYS),
                        AgentPolicy.Forwarding.fromId(stored.forwarding()).orElse(AgentPolicy.Forwarding.DENY)));
            } catch (IOException e) {
                throw new VaultAccessException(VaultProblem.IO, e);
            }
        }
        return policies;
    }

    /** Whether the agent can serve {@code id}: only the personal vault's key pairs (not a team's) are offered. */
    public boolean serves(KeyId id) throws VaultAccessException {
        return vault.find(id).isPresent();
    }

    /** Sets the policy of a key pair of the vault. */
    public AgentPolicy set(KeyId id, AgentPolicy policy) throws VaultAccessException, KeyPairNotFoundException {
        KeyPairRecord key = vault.find(id).orElseThrow(() -> new KeyPairNotFoundException(id.value(),
                java.util.List.of()));
        if (policy.equals(AgentPolicy.DEFAULT)) {
            vault.remove(itemId(id));
        } else {
            try {
                byte[] payload = JSON.writeValueAsBytes(new Stored(id.value(), policy.offer(), policy.confirm().id(),
                        policy.forwarding().id()));
                vault.put(new VaultItem(itemId(id), ItemKind.AGENT_POLICY, payload));
            } catch (IOException e) {
                throw new IllegalStateException("a record of strings always serialises", e);
            }
        }
        vault.events().record(HistoryEvent.of(HistoryAction.AGENT_POLICY).about(key).with("offer", policy.offer())
                .with("confirm", policy.confirm().id()).with("forwarding", policy.forwarding().id()));
        return policy;
    }

    /** A key pair deleted: its policy goes with it. */
    void forget(KeyId id) throws VaultAccessException {
        vault.remove(itemId(id));
    }

    /** One item per key pair, found without reading the others. */
    private static UUID itemId(KeyId id) {
        return UUID.nameUUIDFromBytes(("agent-policy:" + id.value()).getBytes(StandardCharsets.UTF_8));
    }
}
