package io.yaoshi.provider;

import java.util.Arrays;
import java.util.Optional;

/**
 * The answer to a provider-generated create: the only time the cloud hands out the private key. The caller stores
 * it at once and wipes it with {@link #wipe()}; {@link #toString()} never shows it.
 *
 * @param privateKeyBody the key text as the provider sent it (PEM, or bare base64), empty when it was missing
 */
public record CreatedKeyPair(RemoteKeyPair key, Optional<char[]> privateKeyBody) {

    public void wipe() {
        privateKeyBody.ifPresent(body -> Arrays.fill(body, '\0'));
    }

    @Override
    public String toString() {
        return "CreatedKeyPair[" + key + ", privateKeyBody=" + (privateKeyBody.isPresent() ? "(hidden)" : "none") + "]";
    }
}
