package io.yaoshi.service;

import io.yaoshi.agent.AgentKeys;
import io.yaoshi.agent.OfferedKey;
import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.keys.KeyExporter;
import io.yaoshi.keys.SshKeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's keys from the vault: the key pairs whose policy offers them and that hold a private key here. Called
 * on the agent's connection threads, so the vault is read under one lock; nothing is cached, so a lock or a changed
 * policy takes effect at the next request.
 */
public final class VaultAgentKeys implements AgentKeys {

    private static final Logger LOG = LoggerFactory.getLogger(VaultAgentKeys.class);

    private final VaultSession vault;
    private final AgentPolicies policies;
    private final Predicate<AgentPolicy> servable;
    private final KeyMaterial material = new KeyMaterial(new KeyExporter(new SecureRandom()));

    /** @param servable which offered policies this agent can serve (one that cannot ask serves no confirmed key) */
    public VaultAgentKeys(VaultSession vault, AgentPolicies policies, Predicate<AgentPolicy> servable) {
        this.vault = vault;
        this.policies = policies;
        this.servable = servable;
    }

    @Override
    public synchronized List<OfferedKey> offered() {
        if (!vault.isUnlocked()) {
            return List.of();
        }
        try {
            Map<KeyId, AgentPolicy> all = policies.all();
            List<OfferedKey> offered = new ArrayList<>();
            for (KeyPairRecord key : vault.keyPairs()) {
                AgentPolicy policy = all.getOrDefault(key.id(), AgentPolicy.DEFAULT);
                if (policy.offer() && servable.test(policy) && key.hasPrivateKey() && !key.publicKey().isEmpty()) {
                    offered.add(new OfferedKey(key.id().value(), key.name(), key.fingerprints().sha256(),
                            material.publicKey(key.publicKey()), policy));
                }
            }
            return offered;
        } catch (VaultAccessException | KeyFileException e) {
            LOG.warn("The agent could not read the vault's keys: {}", e.toString());
            return List.of();
        }
    }

    @Override
    public synchronized Optional<SshKeyPair> privateKey(OfferedKey key) {
        Optional<char[]> pem = Optional.empty();
        try {
            pem = vault.isUnlocked() ? vault.privateKey(new KeyId(key.id())) : Optional.empty();
            if (pem.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(material.fromStoredForm(pem.get(), key.name()));
        } catch (VaultAccessException | KeyFileException e) {
            LOG.warn("The agent could not read a private key: {}", e.toString());
            return Optional.empty();
        } finally {
            pem.ifPresent(chars -> Arrays.fill(chars, '\0'));
        }
    }
}
