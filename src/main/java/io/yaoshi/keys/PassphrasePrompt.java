package io.yaoshi.keys;

import java.util.Optional;

/**
 * Asked for a passphrase only when the input turns out to be encrypted. Ownership passes to the caller of
 * {@link #passphrase()}: the parser wipes the returned array once the key is decrypted, so return a fresh copy.
 */
@FunctionalInterface
public interface PassphrasePrompt {

    /** For inputs that must not be encrypted: an encrypted key then fails with PASSPHRASE_REQUIRED. */
    PassphrasePrompt NONE = Optional::empty;

    /** The passphrase, or empty when the user declined to give one. */
    Optional<char[]> passphrase();

    /**
     * Asked instead of {@link #passphrase()} by the formats that state the public key in the clear (OpenSSH and PuTTY
     * private key files), so a caller can tell which key a file holds before anyone types its passphrase.
     */
    default Optional<char[]> passphrase(SshPublicKey statedInTheClear) {
        return passphrase();
    }
}
