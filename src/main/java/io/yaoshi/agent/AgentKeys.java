package io.yaoshi.agent;

import io.yaoshi.keys.SshKeyPair;
import java.util.List;
import java.util.Optional;

/** The agent's view of the vault: which keys it offers, and the private key of one of them when it signs. */
public interface AgentKeys {

    /** The keys offered now, in the order the agent lists them; none while the vault is locked. */
    List<OfferedKey> offered();

    /** Whether the vault is locked: its keys are unknown until it opens. */
    boolean locked();

    /** The private key of an offered key, read from the vault for one signature; empty when it is gone. */
    Optional<SshKeyPair> privateKey(OfferedKey key);
}
