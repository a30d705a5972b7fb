package io.yaoshi.agent;

import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.keys.SshPublicKey;
import java.util.Objects;

/**
 * A key the agent lists: the vault's id and name (for the prompt), its SHA256 fingerprint, its public key, and the
 * policy that decides each use.
 */
public record OfferedKey(String id, String name, String fingerprint, SshPublicKey publicKey, AgentPolicy policy) {

    public OfferedKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(policy, "policy");
    }
}
