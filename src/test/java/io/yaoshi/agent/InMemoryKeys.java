package io.yaoshi.agent;

import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.keys.KeyGenerator;
import io.yaoshi.keys.SshKeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The agent's port answered from memory: the vault is the service's business, tested there. */
final class InMemoryKeys implements AgentKeys {

    private static final KeyGenerator GENERATOR = new KeyGenerator(new SecureRandom());

    private final List<OfferedKey> offered = new CopyOnWriteArrayList<>();
    private final List<SshKeyPair> pairs = new CopyOnWriteArrayList<>();

    SshKeyPair add(String name, KeyAlgorithm algorithm, AgentPolicy policy) {
        SshKeyPair pair = GENERATOR.generate(algorithm, name);
        offered.add(new OfferedKey("id-" + name, name, "SHA256:" + name, pair.publicKey(), policy));
        pairs.add(pair);
        return pair;
    }

    @Override
    public List<OfferedKey> offered() {
        return locked ? List.of() : new ArrayList<>(offered);
    }

    /** Whether the vault is locked: then nothing is offered until {@link #open()}. */
    private volatile boolean locked;

    void lock() {
        locked = true;
    }

    void open() {
        locked = false;
    }

    @Override
    public boolean locked() {
        return locked;
    }

    @Override
    public Optional<SshKeyPair> privateKey(OfferedKey key) {
        return pairs.stream().filter(p -> p.publicKey().equals(key.publicKey())).findFirst();
    }
}
