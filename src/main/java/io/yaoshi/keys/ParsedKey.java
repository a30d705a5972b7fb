package io.yaoshi.keys;

import io.yaoshi.domain.KeyAlgorithm;

/** What {@link KeyParser} read: a private key with its public half, or a public key alone. */
public sealed interface ParsedKey permits SshKeyPair, SshPublicKey {

    KeyAlgorithm algorithm();

    SshPublicKey publicKey();

    /** The comment stored with the key, or an empty string. */
    String comment();
}
