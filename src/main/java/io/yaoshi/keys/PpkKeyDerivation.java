package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * PuTTY's key derivations (PuTTY manual appendix C.3/C.4): version 2 hashes the passphrase with SHA-1 into an
 * AES-256 key, a zero IV and an HMAC-SHA-1 key; version 3 takes all three from one Argon2 output.
 */
final class PpkKeyDerivation {

    /** AES-256 key, CBC IV and MAC key; wipe after use. */
    record Keys(byte[] cipherKey, byte[] iv, byte[] macKey) {
        void wipe() {
            Arrays.fill(cipherKey, (byte) 0);
            Arrays.fill(iv, (byte) 0);
            Arrays.fill(macKey, (byte) 0);
        }
    }

    /** What Yaoshi writes: PuTTY's own defaults of Argon2id with 8 MiB, more passes than its 100 ms pick. */
    static final int DEFAULT_MEMORY_KIB = 8192;
    static final int DEFAULT_PASSES = 21;
    private static final int SALT_LENGTH = 16;
    private static final int KEY_LENGTH = 32;
    private static final int IV_LENGTH = 16;
    private static final Map<String, Integer> ARGON2_FLAVOURS = Map.of("Argon2id", Argon2Parameters.ARGON2_id,
            "Argon2i", Argon2Parameters.ARGON2_i, "Argon2d", Argon2Parameters.ARGON2_d);

    private PpkKeyDerivation() {
    }

    /** Version 2; {@code passphrase} is empty for unencrypted files, whose MAC key still derives from it. */
    static Keys version2(byte[] passphrase) {
        byte[] cipherKey = new byte[2 * 20];
        sha1(cipherKey, 0, new byte[] {0, 0, 0, 0}, passphrase);
        sha1(cipherKey, 20, new byte[] {0, 0, 0, 1}, passphrase);
        byte[] macKey = new byte[20];
        sha1(macKey, 0, "putty-private-key-file-mac-key".getBytes(StandardCharsets.US_ASCII), passphrase);
        Keys keys = new Keys(Arrays.copyOf(cipherKey, KEY_LENGTH), new byte[IV_LENGTH], macKey);
        Arrays.fill(cipherKey, (byte) 0);
        return keys;
    }

    /** Version 3 without encryption: the MAC key is empty. */
    static Keys version3Unencrypted() {
        return new Keys(new byte[0], new byte[0], new byte[0]);
    }

    /** Version 3 with encryption, from a file's {@code Key-Derivation} and {@code Argon2-*} headers. */
    static Keys version3(byte[] passphrase, Map<String, String> headers) throws KeyFormatException {
        Integer flavour = ARGON2_FLAVOURS.get(headers.get("Key-Derivation"));
        if (flavour == null) {
            throw new KeyFormatException(KeyFileProblem.UNSUPPORTED_TYPE, "PuTTY key derivation not supported");
        }
        Argon2Cost cost = argon2Cost(headers);
        return argon2(passphrase, flavour, cost.memoryKiB(), cost.passes(), cost.parallelism(), cost.salt());
    }

    /** The Argon2 cost a file asks for, refused above {@link KdfLimits}; called before the passphrase is asked. */
    static Argon2Cost argon2Cost(Map<String, String> headers) throws KeyFormatException {
        Argon2Cost cost;
        try {
            cost = new Argon2Cost(Integer.parseInt(headers.get("Argon2-Memory")),
                    Integer.parseInt(headers.get("Argon2-Passes")), Integer.parseInt(headers.get("Argon2-Parallelism")),
                    HexFormat.of().parseHex(headers.get("Argon2-Salt")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "PuTTY Argon2 parameters are malformed", e);
        }
        if (cost.memoryKiB() < 1 || cost.passes() < 1 || cost.parallelism() < 1) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "PuTTY Argon2 parameters out of range");
        }
        KdfLimits.checkArgon2(cost.memoryKiB(), cost.passes(), cost.parallelism());
        return cost;
    }

    record Argon2Cost(int memoryKiB, int passes, int parallelism, byte[] salt) {
    }

    /** Fresh Argon2id parameters as the headers PuTTY writes between the public and private lines. */
    static Map<String, String> newArgon2Headers(SecureRandom random) {
        byte[] salt = new byte[SALT_LENGTH];
        random.nextBytes(salt);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Key-Derivation", "Argon2id");
        headers.put("Argon2-Memory", Integer.toString(DEFAULT_MEMORY_KIB));
        headers.put("Argon2-Passes", Integer.toString(DEFAULT_PASSES));
        headers.put("Argon2-Parallelism", "1");
        headers.put("Argon2-Salt", HexFormat.of().formatHex(salt));
        return headers;
    }

    private static Keys argon2(byte[] passphrase, int flavour, int memoryKib, int passes, int parallelism,
            byte[] salt) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(flavour).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(passes).withParallelism(parallelism).withSalt(salt)
                .build());
        byte[] out = new byte[KEY_LENGTH + IV_LENGTH + KEY_LENGTH];
        generator.generateBytes(passphrase, out);
        Keys keys = new Keys(Arrays.copyOfRange(out, 0, KEY_LENGTH),
                Arrays.copyOfRange(out, KEY_LENGTH, KEY_LENGTH + IV_LENGTH),
                Arrays.copyOfRange(out, KEY_LENGTH + IV_LENGTH, out.length));
        Arrays.fill(out, (byte) 0);
        return keys;
    }

    private static void sha1(byte[] out, int offset, byte[] prefix, byte[] passphrase) {
        Digest sha1 = new SHA1Digest();
        sha1.update(prefix, 0, prefix.length);
        sha1.update(passphrase, 0, passphrase.length);
        sha1.doFinal(out, offset);
    }
}
