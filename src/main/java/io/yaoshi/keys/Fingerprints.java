package io.yaoshi.keys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * SSH fingerprints over the public key's wire blob, spelled exactly as {@code ssh-keygen -l} prints them after the
 * bit count, except that MD5 drops its {@code MD5:} prefix because cloud consoles (Aliyun) show bare colon-hex.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** {@code SHA256:} followed by unpadded base64, e.g. {@code SHA256:mjEp5s0SihFwgSY9UoZuycrDp2wxkq5WHmgP+4bVhWs}. */
    public static String sha256(SshPublicKey key) {
        return sha256OfBlob(key.wireBlob());
    }

    /** The same, of a key known only by its wire blob (a server's host key, of any type). */
    public static String sha256OfBlob(byte[] blob) {
        return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest("SHA-256", blob));
    }

    /** 16 lower-case hex bytes joined by colons, e.g. {@code 5d:02:74:…:6c}, without {@code MD5:}. */
    public static String md5(SshPublicKey key) {
        return HexFormat.ofDelimiter(":").formatHex(digest("MD5", key.wireBlob()));
    }

    private static byte[] digest(String algorithm, byte[] blob) {
        try {
            return MessageDigest.getInstance(algorithm).digest(blob);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has " + algorithm, e);
        }
    }
}
