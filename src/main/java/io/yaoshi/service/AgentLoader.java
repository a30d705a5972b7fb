package io.yaoshi.service;

import io.yaoshi.agent.ForeignAgent;
import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.keys.AgentAddMessage;
import io.yaoshi.keys.KeyExporter;
import io.yaoshi.keys.SshKeyPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a key pair into another SSH agent (OpenSSH's, as KeePassXC does) with a constrained add: always a lifetime,
 * and a confirmation of each use where asked. An agent that refuses constraints gets nothing, rather than the key
 * without them. The desktop app removes what it loaded when the vault locks.
 */
public final class AgentLoader {

    private static final Logger LOG = LoggerFactory.getLogger(AgentLoader.class);

    private final VaultSession vault;
    private final Path ownSocket;
    private final Clock clock;
    private final KeyMaterial material = new KeyMaterial(new KeyExporter(new SecureRandom()));
    private final List<Loaded> loaded = new ArrayList<>();

    /** A key this loader added: where, and until when the agent keeps it on its own. */
    public record Loaded(String name, Path socket, byte[] publicKeyBlob, Instant until) {
    }

    /** @param ownSocket Yaoshi's own agent, which never needs a key loaded into it */
    public AgentLoader(VaultSession vault, Path ownSocket, Clock clock) {
        this.vault = vault;
        this.ownSocket = ownSocket;
        this.clock = clock;
    }

    /**
     * Adds the key pair's private key to the agent at {@code socket} (usually {@code $SSH_AUTH_SOCK}).
     *
     * @throws AgentLoadException when there is no agent, it is Yaoshi's own, or it refuses; nothing is added then
     */
    public Loaded load(KeyId id, Optional<Path> socket, Duration lifetime, boolean confirm)
            throws AgentLoadException, VaultAccessException, KeyPairNotFoundException, KeyFileException {
        Path agent = socket.orElseThrow(() -> new AgentLoadException(AgentLoadException.Problem.NO_AGENT,
                Path.of(""), null));
        if (isOwnAgent(agent)) {
            throw new AgentLoadException(AgentLoadException.Problem.OWN_AGENT, agent, null);
        }
        KeyPairRecord record = vault.find(id).orElseThrow(() -> new KeyPairNotFoundException(id.value(),
                List.of()));
        Optional<char[]> pem = vault.privateKey(id);
        if (pem.isEmpty()) {
            throw new AgentLoadException(AgentLoadException.Problem.NO_PRIVATE_KEY, agent, null);
        }
        SshKeyPair pair;
        try {
            pair = material.fromStoredForm(pem.get(), record.name());
        } finally {
            Arrays.fill(pem.get(), '\0');
        }
        int seconds = (int) Math.min(Integer.MAX_VALUE, Math.max(1, lifetime.toSeconds()));
        boolean accepted;
        try {
            accepted = new ForeignAgent(agent).add(AgentAddMessage.constrained(pair, "yaoshi: " + record.name(),
                    seconds, confirm));
        } catch (IOException e) {
            throw new AgentLoadException(AgentLoadException.Problem.UNREACHABLE, agent, e);
        }
        if (!accepted) {
            throw new AgentLoadException(AgentLoadException.Problem.REFUSED, agent, null);
        }
        Loaded added = new Loaded(record.name(), agent, pair.publicKey().wireBlob(), clock.instant().plusSeconds(
                seconds));
        synchronized (loaded) {
            loaded.add(added);
        }
        LOG.info("Loaded a key pair into the agent at {} for {} s (confirm: {})", agent, seconds, confirm);
        vault.events().record(HistoryEvent.of(HistoryAction.AGENT_LOAD).about(record).with("agent", agent)
                .with("seconds", seconds).with("confirm", confirm));
        return added;
    }

    private boolean isOwnAgent(Path agent) {
        try {
            return Files.exists(agent) && Files.exists(ownSocket) && Files.isSameFile(agent, ownSocket);
        } catch (IOException e) {
            return agent.toAbsolutePath().normalize().equals(ownSocket.toAbsolutePath().normalize());
        }
    }

    /** Removes every key this loader added whose lifetime has not run out; returns how many were removed. */
    public int unloadAll() {
        List<Loaded> toRemove;
        synchronized (loaded) {
            toRemove = new ArrayList<>(loaded);
            loaded.clear();
        }
        int removed = 0;
        Instant now = clock.instant();
        for (Loaded key : toRemove) {
            if (key.until().isBefore(now)) {
                continue;
            }
            try {
                if (new ForeignAgent(key.socket()).remove(key.publicKeyBlob())) {
                    removed++;
                }
            } catch (IOException e) {
                LOG.warn("A key pair could not be removed from the agent at {}: {}", key.socket(), e.toString());
            }
        }
        return removed;
    }
}
