package io.yaoshi.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.KeyAlgorithm;
import java.security.SecureRandom;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyGeneratorTest {

    private final KeyGenerator generator = new KeyGenerator(new SecureRandom());

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void generatesAKeyOfTheRequestedAlgorithm(KeyAlgorithm algorithm) {
        SshKeyPair pair = generator.generate(algorithm, "me@laptop");

        assertEquals(algorithm, pair.algorithm());
        assertEquals("me@laptop", pair.comment());
    }

    @Test
    void generatesADifferentKeyEachTime() {
        assertNotEquals(generator.generate(KeyAlgorithm.ED25519, "").publicKey(),
                generator.generate(KeyAlgorithm.ED25519, "").publicKey());
    }

    @Test
    void interruptedThreadGetsCancellationAndKeepsItsInterruptStatus() {
        Thread.currentThread().interrupt();

        assertThrows(KeyGenerationCancelledException.class, () -> generator.generate(KeyAlgorithm.RSA_4096, ""));
        assertTrue(Thread.currentThread().isInterrupted());
    }

    @Test
    void toStringShowsTheFingerprintButNoPrivateValue() {
        SshKeyPair pair = generator.generate(KeyAlgorithm.RSA_2048, "");
        String privateExponent = ((RSAPrivateCrtKeyParameters) pair.privateKey()).getExponent().toString(16);

        String text = pair.toString();

        assertTrue(text.contains(Fingerprints.sha256(pair.publicKey())), text);
        assertFalse(text.contains(privateExponent.substring(0, 12)), text);
    }
}
