package io.yaoshi.provider.ucloud;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * UCloud's request signature (UCloud's API signature, pinned by the test vectors of its SDK): every parameter but
 * {@code Signature}, sorted by name, concatenated as {@code name + value} with no separator or encoding, followed
 * by the API private key; the lower-case hex SHA-1 of those UTF-8 bytes. Used by the adapter to sign and by the
 * emulator to verify.
 */
public final class UCloudSigner {

    private UCloudSigner() {
    }

    /** The text hashed before the private key is appended. */
    public static String stringToSign(Map<String, String> parameters) {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!name.equals("Signature")) {
                s.append(name).append(value);
            }
        });
        return s.toString();
    }

    public static String sign(Map<String, String> parameters, char[] privateKey) {
        char[] text = (stringToSign(parameters)).toCharArray();
        char[] all = Arrays.copyOf(text, text.length + privateKey.length);
        System.arraycopy(privateKey, 0, all, text.length, privateKey.length);
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(all));
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(bytes);
            return HexFormat.of().formatHex(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        } finally {
            Arrays.fill(all, '\0');
            Arrays.fill(bytes.array(), (byte) 0);
        }
    }
}
