package io.yaoshi.provider.aliyun;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Aliyun's RPC signature, version 1.0 (HMAC-SHA1), as Aliyun documents it (the RPC signature method) and pinned by the
 * test vectors of its SDK: parameters sorted by name, percent-encoded, joined, encoded a second time behind {@code
 * METHOD&%2F&}, and signed with the AccessKeySecret plus {@code &}. Used by the adapter to sign and by the emulator to
 * verify.
 */
public final class AliyunSigner {

    private AliyunSigner() {
    }

    /** The canonicalised query string of every parameter but {@code Signature}, sorted by name. */
    public static String canonicalQuery(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream()
                .filter(e -> !e.getKey().equals("Signature"))
                .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String stringToSign(String httpMethod, Map<String, String> parameters) {
        return httpMethod + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(parameters));
    }

    /** Base64 HMAC-SHA1 of the string to sign; the secret is read, not kept, and the key bytes are wiped. */
    public static String sign(String httpMethod, Map<String, String> parameters, char[] accessKeySecret) {
        char[] keyChars = Arrays.copyOf(accessKeySecret, accessKeySecret.length + 1);
        keyChars[accessKeySecret.length] = '&';
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(keyChars));
        byte[] key = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] digest = mac.doFinal(stringToSign(httpMethod, parameters).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        } finally {
            Arrays.fill(keyChars, '\0');
            Arrays.fill(key, (byte) 0);
            Arrays.fill(encoded.array(), (byte) 0);
        }
    }

    /**
     * RFC 3986 percent-encoding over UTF-8: unreserved {@code A–Z a–z 0–9 - _ . ~} stay, every other byte becomes
     * {@code %XX} in upper-case hex (so a space is {@code %20}, never {@code +}).
     */
    public static String percentEncode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
