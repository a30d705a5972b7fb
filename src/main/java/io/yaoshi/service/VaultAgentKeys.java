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
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's keys from the vault: the key pairs whose policy offers them and that hold a private key here. Called
 * on the agent's connection threads: each read runs on the vault's own thread where it has one (the desktop app
 * confines the session to one), else under this object's lock; nothing is cached, so a lock or a changed policy
 * takes effect at the next request.
 */
public final class VaultAgentKeys implements AgentKeys {

    /** Where vault reads run: the caller's thread, or the one thread a desktop app confines its vault to. */
    @FunctionalInterface
    public interface VaultThread {
        /** Runs the read there and returns what it returned. */
        <T> T run(Callable<T> read) throws Exception;

        /** Right here, on the caller's thread. */
        VaultThread CALLER = Callable::call;
    }

    private static final Logger LOG = LoggerFactory.getLogger(VaultAgentKeys.class);

    private final VaultSession vault;
    private final AgentPolicies policies;
    private final Predicate<AgentPolicy> servable;
    private final VaultThread vaultThread;
    private final KeyMaterial material = new KeyMaterial(new KeyExporter(new SecureRandom()));

    /** @param servable which offered policies this agent can serve (one that cannot ask serves no confirmed key) */
    public VaultAgentKeys(VaultSession vault, AgentPolicies policies, Predicate<AgentPolicy> servable,
                          VaultThread vaultThread) {
        this.vault = vault;
        this.policies = policies;
        this.servable = servable;
        this.vaultThread = vaultThread;
    }

    @Override
    public synchronized List<OfferedKey> offered() {
        try {
            return vaultThread.run(this::readOffered);
        } catch (Exception e) {
            LOG.warn("The agent could not read the vault's keys: {}", e.toString());
            return List.of();
        }
    }

    private List<OfferedKey> readOffered() throws VaultAccessException, KeyFileException {
        if (!vault.isUnlocked()) {
            return List.of();
        }
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
    }

    @Override
    public synchronized boolean locked() {
        try {
            return vaultThread.run(() -> !vault.isUnlocked());
        } catch (Exception e) {
            LOG.warn("The agent could not tell whether the vault is open: {}", e.toString());
            return true;
        }
    }

    @Override
    public synchronized Optional<SshKeyPair> privateKey(OfferedKey key) {
        try {
            return vaultThread.run(() -> readPrivateKey(key));
        } catch (Exception e) {
            LOG.warn("The agent could not read a private key: {}", e.toString());
            return Optional.empty();
        }
    }

    private Optional<SshKeyPair> readPrivateKey(OfferedKey key) throws VaultAccessException, KeyFileException {
        Optional<char[]> pem = vault.isUnlocked() ? vault.privateKey(new KeyId(key.id())) : Optional.empty();
        try {
            return pem.isEmpty() ? Optional.empty() : Optional.of(material.fromStoredForm(pem.get(), key.name()));
        } finally {
            pem.ifPresent(chars -> Arrays.fill(chars, '\0'));
        }
    }
}
