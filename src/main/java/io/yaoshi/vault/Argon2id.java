package io.yaoshi.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Derives a 256-bit key-encryption key from a password with Bouncy Castle's Argon2id (version 1.3). */
final class Argon2id {

    static final int KEY_BYTES = 32;

    private Argon2id() {
    }

    /** The caller owns (and wipes) the returned key; the UTF-8 copy of the password is wiped here. */
    static byte[] derive(char[] password, byte[] salt, KdfParameters parameters) {
        byte[] passwordBytes = utf8(password);
        try {
            return derive(passwordBytes, salt, parameters);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }

    static byte[] derive(byte[] password, byte[] salt, KdfParameters parameters) {
        Argon2Parameters argon = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(argon);
        byte[] key = new byte[KEY_BYTES];
        generator.generateBytes(password, key);
        return key;
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0); // the encoder's buffer also held the password
        return bytes;
    }
}
