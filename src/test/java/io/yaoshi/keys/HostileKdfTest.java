package io.yaoshi.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.yaoshi.domain.KeyFileProblem;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Key files whose key derivation asks for minutes of work or gigabytes of memory are refused before the passphrase
 * is even asked for, naming the limit; the costs real tools write still open. Each hostile file is a real fixture with
 * its cost fields raised. The time-out only stops a regression from hanging the build: what is asserted is the
 * refusal.
 */
class HostileKdfTest {

    private static final Fixtures FIXTURES = new Fixtures(KeyParserTest.class);
    private static final Duration NEVER_THIS_LONG = Duration.ofSeconds(20);
    private static final PassphrasePrompt MUST_NOT_ASK = () -> {
        throw new AssertionError("asked for a passphrase of a file that is refused anyway");
    };
    private final KeyParser parser = new KeyParser();

    @Test
    void openSshBcryptRoundsAboveTheLimitAreRefused() {
        assertTooCostly(openSshWithRounds(Integer.MAX_VALUE));
        assertTooCostly(openSshWithRounds(KdfLimits.BCRYPT_ROUNDS + 1));
    }

    @Test
    void openSshBcryptAtTheLimitIsAskedForItsPassphrase() {
        var e = assertThrows(KeyFormatException.class,
                () -> parser.parse(openSshWithRounds(KdfLimits.BCRYPT_ROUNDS), Optional::empty));
        assertEquals(KeyFileProblem.PASSPHRASE_REQUIRED, e.reason());
    }

    @Test
    void puttyArgon2CostsAboveTheLimitsAreRefused() {
        assertTooCostly(ppkWith("Argon2-Passes", "2147483647"));
        assertTooCostly(ppkWith("Argon2-Memory", "4194304")); // 4 GiB
        assertTooCostly(ppkWith("Argon2-Memory", "262144", "Argon2-Passes", "1000")); // 256 MiB × 1000
        assertTooCostly(ppkWith("Argon2-Parallelism", "255"));
    }

    @Test
    void pkcs8Pbkdf2IterationsAndScryptMemoryAboveTheLimitsAreRefused() throws Exception {
        assertTooCostly(pkcs8(new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2,
                new PBKDF2Params(new byte[16], Integer.MAX_VALUE, 32,
                        new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256)))));
        assertTooCostly(pkcs8(new KeyDerivationFunc(MiscObjectIdentifiers.id_scrypt,
                new ScryptParams(new byte[16], 1 << 24, 8, 1, 32)))); // 16 GiB
    }

    @Test
    void theCostsRealToolsWriteStillOpen() throws Exception {
        for (String file : List.of("ed25519-openssh-pass.key", "ed25519-v3-argon2id.ppk", "rsa2048-pkcs8-encrypted.pem")) {
            assertInstanceOf(SshKeyPair.class, parser.parse(FIXTURES.bytes(file),
                    () -> Optional.of(FIXTURES.text("passphrase.txt").strip().toCharArray())), file);
        }
    }

    private void assertTooCostly(byte[] file) {
        var e = assertTimeoutPreemptively(NEVER_THIS_LONG, () -> assertThrows(KeyFormatException.class,
                () -> parser.parse(file, MUST_NOT_ASK)));
        assertEquals(KeyFileProblem.KDF_TOO_COSTLY, e.reason());
    }

    /** ssh-keygen's encrypted Ed25519 key with the bcrypt rounds field (after the salt) replaced. */
    private static byte[] openSshWithRounds(int rounds) {
        String pem = FIXTURES.text("ed25519-openssh-pass.key");
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] bytes = Base64.getDecoder().decode(body);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.position("openssh-key-v1\0".length());
        skipString(buffer); // cipher
        skipString(buffer); // kdf name
        buffer.getInt(); // kdf options length
        skipString(buffer); // salt
        buffer.putInt(rounds);
        return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(bytes)
                + "\n-----END OPENSSH PRIVATE KEY-----\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static void skipString(ByteBuffer buffer) {
        int length = buffer.getInt();
        buffer.position(buffer.position() + length);
    }

    /** PuTTYgen's Argon2id file with header values replaced (name, value, name, value…). */
    private static byte[] ppkWith(String... headers) {
        String text = FIXTURES.text("ed25519-v3-argon2id.ppk");
        for (int i = 0; i < headers.length; i += 2) {
            text = text.replaceAll("(?m)^" + headers[i] + ": .*$", headers[i] + ": " + headers[i + 1]);
        }
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] pkcs8(KeyDerivationFunc kdf) throws Exception {
        EncryptionScheme aes = new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC,
                new DEROctetString(new byte[16]));
        byte[] der = new EncryptedPrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2,
                new PBES2Parameters(kdf, aes)), new byte[64]).getEncoded();
        return PemBlock.encode("ENCRYPTED PRIVATE KEY", der, 64).getBytes(StandardCharsets.US_ASCII);
    }
}
