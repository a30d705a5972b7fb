package io.yaoshi.keys;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyFileProblem;
import io.yaoshi.keys.Fixtures.CountingPrompt;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Known answers: keys made by ssh-keygen, openssl and puttygen (see make-fixtures.sh) against their fingerprints. */
class KeyParserTest {

    private static final Fixtures FIXTURES = new Fixtures(KeyParserTest.class);
    private static final String PASSPHRASE = FIXTURES.text("passphrase.txt");
    private static final PassphrasePrompt REFUSE_TO_ASK = () -> {
        throw new AssertionError("asked for a passphrase of an unencrypted key");
    };

    private final KeyParser parser = new KeyParser();

    /** One line of fingerprints.txt: the file and what ssh-keygen -l printed for its public key. */
    record Expected(String file, String sha256, String md5) {
        boolean encrypted() {
            return file.contains("pass") || file.contains("gcm") || file.contains("encrypted")
                    || file.contains("argon2");
        }

        boolean publicOnly() {
            return file.endsWith(".pub") || file.contains("spki");
        }

        KeyAlgorithm algorithm() {
            return Stream.of("ed25519", "p256", "p384", "rsa2048", "rsa3072").filter(file::startsWith).findFirst()
                    .map(prefix -> switch (prefix) {
                        case "ed25519" -> KeyAlgorithm.ED25519;
                        case "p256" -> KeyAlgorithm.ECDSA_P256;
                        case "p384" -> KeyAlgorithm.ECDSA_P384;
                        case "rsa2048" -> KeyAlgorithm.RSA_2048;
                        default -> KeyAlgorithm.RSA_3072;
                    }).orElseThrow();
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expected> fingerprints() {
        return FIXTURES.text("fingerprints.txt").lines().map(line -> line.split(" "))
                .map(parts -> new Expected(parts[0], parts[1], parts[2]));
    }

    @ParameterizedTest
    @MethodSource("fingerprints")
    void readsTheKeyThatSshKeygenFingerprinted(Expected expected) throws Exception {
        ParsedKey key = parser.parse(FIXTURES.bytes(expected.file()),
                expected.encrypted() ? new CountingPrompt(PASSPHRASE) : REFUSE_TO_ASK);

        assertAll(() -> assertEquals(expected.sha256(), Fingerprints.sha256(key.publicKey())),
                () -> assertEquals(expected.md5(), Fingerprints.md5(key.publicKey())),
                () -> assertEquals(expected.algorithm(), key.algorithm()),
                () -> assertEquals(expected.publicOnly(), key instanceof SshPublicKey));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519-openssh-pass.key", "rsa2048-pkcs8-encrypted.pem", "ed25519-v3-argon2id.ppk",
            "rsa2048-v2-pass.ppk"})
    void asksForThePassphraseExactlyOnce(String file) throws Exception {
        CountingPrompt prompt = new CountingPrompt(PASSPHRASE);

        parser.parse(FIXTURES.bytes(file), prompt);

        assertEquals(1, prompt.asked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519-openssh-pass.key", "ed25519-openssh-gcm.key", "rsa3072-openssh-pass.key",
            "rsa2048-pkcs8-encrypted.pem", "ed25519-v3-argon2id.ppk", "p256-v3-argon2i.ppk", "p384-v3-argon2d.ppk",
            "rsa2048-v2-pass.ppk", "rsa2048-legacy-pem-pass.key", "p256-sec1-legacy-pass.pem"})
    void wrongPassphraseIsReportedAsSuch(String file) {
        var e = assertThrows(KeyFormatException.class,
                () -> parser.parse(FIXTURES.bytes(file), new CountingPrompt("not the passphrase")));

        assertEquals(KeyFileProblem.WRONG_PASSPHRASE, e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519-openssh-pass.key", "rsa2048-pkcs8-encrypted.pem", "ed25519-v3-argon2id.ppk"})
    void encryptedKeyWithoutPassphraseNeedsOne(String file) {
        var e = assertThrows(KeyFormatException.class, () -> parser.parse(FIXTURES.bytes(file), PassphrasePrompt.NONE));

        assertEquals(KeyFileProblem.PASSPHRASE_REQUIRED, e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dsa-openssh.key", "dsa-pkcs8.pem", "ed448-pkcs8.pem", "rsa1024-pkcs1.pem",
            "p521-sec1.pem"})
    void keysOfOtherTypesAreUnsupported(String file) {
        var e = assertThrows(KeyFormatException.class, () -> parser.parse(FIXTURES.bytes(file), REFUSE_TO_ASK));

        assertEquals(KeyFileProblem.UNSUPPORTED_TYPE, e.reason());
    }

    @Test
    void pkcs8EncryptedWithAnUnknownSchemeIsUnsupportedNotAWrongPassphrase() throws Exception {
        byte[] der = new EncryptedPrivateKeyInfo(new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.3.4")),
                new byte[32]).getEncoded();
        byte[] pem = PemBlock.encode("ENCRYPTED PRIVATE KEY", der, 64).getBytes(StandardCharsets.US_ASCII);

        var e = assertThrows(KeyFormatException.class, () -> parser.parse(pem, new CountingPrompt(PASSPHRASE)));

        assertEquals(KeyFileProblem.UNSUPPORTED_TYPE, e.reason());
    }

    @Test
    void pemCutOffBeforeItsEndLineIsTruncated() {
        byte[] pem = FIXTURES.bytes("rsa2048-pkcs1.pem");

        var e = assertThrows(KeyFormatException.class,
                () -> parser.parse(Arrays.copyOf(pem, pem.length / 2), REFUSE_TO_ASK));

        assertEquals(KeyFileProblem.TRUNCATED, e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519-openssh.key", "rsa2048-pkcs8.pem", "p256-sec1.pem"})
    void bodyCutInHalfInsideCompleteArmourIsTruncated(String file) {
        var lines = FIXTURES.text(file).lines().toList();
        var body = lines.subList(1, lines.size() - 1);
        String cut = lines.get(0) + "\n" + String.join("\n", body.subList(0, body.size() / 2)) + "\n"
                + lines.get(lines.size() - 1) + "\n";

        var e = assertThrows(KeyFormatException.class,
                () -> parser.parse(cut.getBytes(StandardCharsets.US_ASCII), REFUSE_TO_ASK));

        assertEquals(KeyFileProblem.TRUNCATED, e.reason());
    }

    @Test
    void nonBase64CharacterInPemIsCorrupt() {
        String pem = FIXTURES.text("rsa2048-pkcs8.pem");
        String damaged = pem.replaceFirst("\n(.{10})", "\n$1*");

        var e = assertThrows(KeyFormatException.class,
                () -> parser.parse(damaged.getBytes(StandardCharsets.US_ASCII), REFUSE_TO_ASK));

        assertEquals(KeyFileProblem.CORRUPT, e.reason());
    }

    @Test
    void bareBase64CutOffIsTruncated() {
        String body = FIXTURES.text("rsa2048-pkcs8-body.b64");

        var e = assertThrows(KeyFormatException.class,
                () -> parser.parse(body.substring(0, 800).getBytes(StandardCharsets.US_ASCII), REFUSE_TO_ASK));

        assertEquals(KeyFileProblem.TRUNCATED, e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519-v3.ppk", "rsa2048-v2.ppk"})
    void flippedByteInAPuttyKeyFailsItsMac(String file) {
        String ppk = FIXTURES.text(file);
        String privateLine = ppk.lines().filter(l -> l.startsWith("Private-Lines")).findFirst().orElseThrow();
        int at = ppk.indexOf(privateLine) + privateLine.length() + 5;
        String flipped = ppk.substring(0, at) + (ppk.charAt(at) == 'A' ? 'B' : 'A') + ppk.substring(at + 1);

        var e = assertThrows(KeyFormatException.class,
                () -> parser.parse(flipped.getBytes(StandardCharsets.US_ASCII), REFUSE_TO_ASK));

        assertEquals(KeyFileProblem.MAC_MISMATCH, e.reason());
    }

    @Test
    void textThatIsNoKeyIsUnrecognized() {
        var e = assertThrows(KeyFormatException.class,
                () -> parser.parse("hello, world".getBytes(StandardCharsets.US_ASCII), REFUSE_TO_ASK));

        assertEquals(KeyFileProblem.UNRECOGNIZED, e.reason());
    }

    @Test
    void errorMessagesCarryNeitherPassphraseNorKeyMaterial() {
        String key = FIXTURES.text("rsa3072-openssh-pass.key");
        String wrong = "wrong-passphrase-xyz";

        var e = assertThrows(KeyFormatException.class,
                () -> parser.parse(key.getBytes(StandardCharsets.US_ASCII), new CountingPrompt(wrong)));

        String body = key.lines().skip(3).findFirst().orElseThrow();
        assertFalse(e.getMessage().contains(wrong) || e.getMessage().contains(body.substring(0, 16)), e.getMessage());
    }

    @Test
    void readsCommentsStoredInTheKeyFiles() throws Exception {
        PassphrasePrompt prompt = new CountingPrompt(PASSPHRASE);
        assertAll(() -> assertEquals("ed25519 secret", comment("ed25519-openssh-pass.key", prompt)),
                () -> assertEquals("rsa2048 putty", comment("rsa2048-v2.ppk", REFUSE_TO_ASK)),
                () -> assertEquals("ed25519 plain", comment("ed25519.pub", REFUSE_TO_ASK)));
    }

    private String comment(String file, PassphrasePrompt prompt) throws KeyFormatException {
        return parser.parse(FIXTURES.bytes(file), prompt).comment();
    }

    @Test
    void readsArmouredPemWithCrlfIndentationAndOtherLineWidths() throws Exception {
        String pem = FIXTURES.text("rsa2048-pkcs1.pem");
        String body = pem.lines().filter(l -> !l.startsWith("-----")).reduce("", String::concat);
        StringBuilder messy = new StringBuilder("\r\n  -----BEGIN RSA PRIVATE KEY-----\r\n");
        for (int i = 0; i < body.length(); i += 76) {
            messy.append("  ").append(body, i, Math.min(body.length(), i + 76)).append("\r\n\r\n");
        }
        messy.append("-----END RSA PRIVATE KEY-----  \r\n");

        ParsedKey key = parser.parse(messy.toString().getBytes(StandardCharsets.US_ASCII), REFUSE_TO_ASK);

        assertEquals(parser.parse(pem.getBytes(StandardCharsets.US_ASCII), REFUSE_TO_ASK).publicKey(), key.publicKey());
    }

    @Test
    void readsTheFirstKeyOfAnAuthorizedKeysFile() throws Exception {
        String twoKeys = FIXTURES.text("ed25519.pub") + FIXTURES.text("ed25519.pub").replace("plain", "second");

        assertEquals("ed25519 plain", parser.parse(twoKeys.getBytes(StandardCharsets.US_ASCII), REFUSE_TO_ASK).comment());
    }

    @Test
    void readsBinaryDer() throws Exception {
        String pem = FIXTURES.text("rsa2048-pkcs8.pem");
        byte[] der = java.util.Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));

        assertInstanceOf(SshKeyPair.class, parser.parse(der, REFUSE_TO_ASK));
    }
}
