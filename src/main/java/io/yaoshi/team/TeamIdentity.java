package io.yaoshi.team;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A member's public identity: the X25519 key others wrap the team's key for, and the Ed25519 key that checks what the
 * member signs. Written as one string, {@code yaoshi-id1:} + base64url(1 || X25519 || Ed25519), which a member
 * sends to an admin; its fingerprint ({@code SHA256:} + base64 of SHA-256 over the same 65 bytes) is compared out of
 * band before the member is added.
 */
public final class TeamIdentity {

    public static final String PREFIX = "yaoshi-id1:";
    static final int KEY_BYTES = 32;
    private static final byte FORMAT = 1;

    private final byte[] agreementKey;
    private final byte[] signingKey;

    TeamIdentity(byte[] agreementKey, byte[] signingKey) {
        if (agreementKey.length != KEY_BYTES || signingKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("an identity holds two 32-byte keys");
        }
        this.agreementKey = agreementKey.clone();
        this.signingKey = signingKey.clone();
    }

    /**
     * The identity a string names.
     *
     * @throws IllegalArgumentException for anything that is not an identity of this format (said why, never echoing
     *                                  the input)
     */
    public static TeamIdentity parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("it does not start with " + PREFIX);
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(trimmed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("it is not base64url after " + PREFIX, e);
        }
        if (bytes.length != 1 + 2 * KEY_BYTES || bytes[0] != FORMAT) {
            throw new IllegalArgumentException("it is not " + (1 + 2 * KEY_BYTES) + " bytes of format " + FORMAT);
        }
        return new TeamIdentity(Arrays.copyOfRange(bytes, 1, 1 + KEY_BYTES),
                Arrays.copyOfRange(bytes, 1 + KEY_BYTES, bytes.length));
    }

    /** The X25519 public key the team's key is wrapped for. */
    public byte[] agreementKey() {
        return agreementKey.clone();
    }

    /** The Ed25519 public key that checks this member's signatures. */
    public byte[] signingKey() {
        return signingKey.clone();
    }

    public String text() {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(encoded());
    }

    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encoded());
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e); // every Java runtime has it
        }
    }

    private byte[] encoded() {
        byte[] bytes = new byte[1 + 2 * KEY_BYTES];
        bytes[0] = FORMAT;
        System.arraycopy(agreementKey, 0, bytes, 1, KEY_BYTES);
        System.arraycopy(signingKey, 0, bytes, 1 + KEY_BYTES, KEY_BYTES);
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TeamIdentity identity && Arrays.equals(agreementKey, identity.agreementKey)
                && Arrays.equals(signingKey, identity.signingKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(signingKey);
    }

    @Override
    public String toString() {
        return "TeamIdentity[" + fingerprint() + "]";
    }
}
