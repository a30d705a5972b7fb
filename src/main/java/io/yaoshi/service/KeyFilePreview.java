package io.yaoshi.service;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.PublicHalf;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a key file holds, read before it is imported and without its passphrase.
 *
 * @param publicHalf  the key's type and fingerprints; empty only for an encrypted PEM key, which states nothing in
 *                    the clear (OpenSSH and PuTTY files do)
 * @param privateKey  whether the file holds a private key (else the import makes a public-only entry)
 * @param encrypted   whether the import will need the file's passphrase
 * @param alreadyHere the vault's key pairs with the same key (same SHA256 fingerprint)
 */
public record KeyFilePreview(Optional<PublicHalf> publicHalf, boolean privateKey, boolean encrypted,
                             List<KeyPairRecord> alreadyHere) {

    public KeyFilePreview {
        Objects.requireNonNull(publicHalf, "publicHalf");
        alreadyHere = List.copyOf(alreadyHere);
    }
}
