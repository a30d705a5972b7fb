package io.yaoshi.servers;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.ServerInstance;
import java.util.Objects;
import java.util.Optional;

/**
 * One server and what the vault knows of it: the vault's key pair for the one bound there (if the vault has it), and
 * the unique ssh alias it gets.
 */
public record ServerEntry(ServerInstance instance, Optional<KeyPairRecord> vaultKey, String sshAlias) {

    public ServerEntry {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(vaultKey, "vaultKey");
        Objects.requireNonNull(sshAlias, "sshAlias");
    }

    /** Whether a login with the bound key pair can start here: the vault holds its private key. */
    public boolean privateKeyHere() {
        return vaultKey.map(KeyPairRecord::hasPrivateKey).orElse(false);
    }
}
