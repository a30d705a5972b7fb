package io.yaoshi.domain;

import java.util.Objects;

/**
 * The public half of a key pair as Yaoshi keeps it: its algorithm, fingerprints and OpenSSH line.
 *
 * @param line the OpenSSH public key line ({@code ssh-ed25519 AAAA… name}); empty while not known yet
 */
public record PublicHalf(KeyAlgorithm algorithm, KeyFingerprints fingerprints, String line) {

    public PublicHalf {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(fingerprints, "fingerprints");
        Objects.requireNonNull(line, "line");
    }

    /** A key the cloud is still to make: only its algorithm is known. */
    public static PublicHalf notYetKnown(KeyAlgorithm algorithm) {
        return new PublicHalf(algorithm, new KeyFingerprints("", "", ""), "");
    }
}
