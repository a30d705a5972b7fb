package io.yaoshi.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.testing.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Live cross-checks: every export is read by the real tools (ssh-keygen, openssl, puttygen), and the public key and
 * fingerprints they derive must equal ours. Runs in CI, which installs the tools; a missing tool fails the test.
 * Passphrases reach openssl and puttygen through files; ssh-keygen only takes {@code -P} (test passphrase only).
 */
class ToolCrossCheckTest {

    private static final Map<KeyAlgorithm, SshKeyPair> KEYS = new EnumMap<>(KeyAlgorithm.class);
    private static final String PASSPHRASE = "cross-check pass";

    private final KeyExporter exporter = new KeyExporter(new SecureRandom());
    private final KeyParser parser = new KeyParser();

    @TempDir
    Path dir;

    @BeforeAll
    static void generateOneKeyPerAlgorithm() {
        KeyGenerator generator = new KeyGenerator(new SecureRandom());
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            KEYS.put(algorithm, generator.generate(algorithm, "cross-check " + algorithm.id()));
        }
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void sshKeygenDerivesOurPublicKeyAndFingerprintsFromOurOpenSshKey(KeyAlgorithm algorithm) throws Exception {
        SshKeyPair pair = KEYS.get(algorithm);
        Path file = write("id", exporter.export(pair, ExportFormat.OPENSSH));

        assertEquals(pair.publicKey(), publicLine(ExternalTool.run("ssh-keygen", "-y", "-f", file.toString())));
        assertEquals(Fingerprints.sha256(pair.publicKey()), fingerprint("-l", "-f", file.toString()));
        assertEquals("MD5:" + Fingerprints.md5(pair.publicKey()),
                fingerprint("-l", "-E", "md5", "-f", file.toString()));
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void sshKeygenOpensOurEncryptedOpenSshKey(KeyAlgorithm algorithm) throws Exception {
        SshKeyPair pair = KEYS.get(algorithm);
        Path file = write("id", exporter.exportEncrypted(pair, ExportFormat.OPENSSH, PASSPHRASE.toCharArray()));

        String line = ExternalTool.run("ssh-keygen", "-y", "-P", PASSPHRASE, "-f", file.toString());

        assertEquals(pair.publicKey(), publicLine(line));
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void opensslDerivesOurPublicKeyFromOurPkcs8(KeyAlgorithm algorithm) throws Exception {
        SshKeyPair pair = KEYS.get(algorithm);
        Path file = write("key.pem", exporter.export(pair, ExportFormat.PKCS8));

        assertEquals(pair.publicKey(), spki(ExternalTool.run("openssl", "pkey", "-in", file.toString(), "-pubout")));
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void opensslOpensOurEncryptedPkcs8(KeyAlgorithm algorithm) throws Exception {
        SshKeyPair pair = KEYS.get(algorithm);
        Path file = write("key.pem", exporter.exportEncrypted(pair, ExportFormat.PKCS8, PASSPHRASE.toCharArray()));
        Path passphrase = write("pass", PASSPHRASE.getBytes(StandardCharsets.UTF_8));

        String spki = ExternalTool.run("openssl", "pkey", "-in", file.toString(), "-passin", "file:" + passphrase,
                "-pubout");

        assertEquals(pair.publicKey(), spki(spki));
    }

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"RSA_2048", "RSA_3072", "RSA_4096"})
    void opensslAndSshKeygenReadOurPkcs1(KeyAlgorithm algorithm) throws Exception {
        SshKeyPair pair = KEYS.get(algorithm);
        Path file = write("key.pem", exporter.export(pair, ExportFormat.PKCS1));

        assertEquals(pair.publicKey(), spki(ExternalTool.run("openssl", "pkey", "-in", file.toString(), "-pubout")));
        assertEquals(pair.publicKey(), publicLine(ExternalTool.run("ssh-keygen", "-y", "-f", file.toString())));
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void puttygenDerivesOurPublicKeyFromOurPpk(KeyAlgorithm algorithm) throws Exception {
        SshKeyPair pair = KEYS.get(algorithm);
        Path file = write("key.ppk", exporter.export(pair, ExportFormat.PPK));

        String line = ExternalTool.run("puttygen", file.toString(), "-O", "public-openssh");

        assertEquals(pair.publicKey(), publicLine(line));
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void puttygenOpensOurArgon2idEncryptedPpk(KeyAlgorithm algorithm) throws Exception {
        SshKeyPair pair = KEYS.get(algorithm);
        Path file = write("key.ppk", exporter.exportEncrypted(pair, ExportFormat.PPK, PASSPHRASE.toCharArray()));
        Path passphrase = write("pass", (PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));

        String line = ExternalTool.run("puttygen", file.toString(), "--old-passphrase", passphrase.toString(),
                "-O", "public-openssh");

        assertEquals(pair.publicKey(), publicLine(line));
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void sshKeygenFingerprintsOurPublicLineLikeWeDo(KeyAlgorithm algorithm) throws Exception {
        SshKeyPair pair = KEYS.get(algorithm);
        Path file = write("id.pub", exporter.export(pair, ExportFormat.PUBLIC));

        assertEquals(Fingerprints.sha256(pair.publicKey()), fingerprint("-l", "-f", file.toString()));
        assertEquals("MD5:" + Fingerprints.md5(pair.publicKey()),
                fingerprint("-l", "-E", "md5", "-f", file.toString()));
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void sshKeygenImportsOurRfc4716File(KeyAlgorithm algorithm) throws Exception {
        SshKeyPair pair = KEYS.get(algorithm);
        Path file = write("id.rfc4716", exporter.export(pair, ExportFormat.RFC4716));

        String line = ExternalTool.run("ssh-keygen", "-i", "-m", "RFC4716", "-f", file.toString());

        assertEquals(pair.publicKey(), publicLine(line));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** The fingerprint field of {@code ssh-keygen -l}: {@code <bits> <fingerprint> <comment> (<type>)}. */
    private static String fingerprint(String... options) {
        String[] command = new String[options.length + 1];
        command[0] = "ssh-keygen";
        System.arraycopy(options, 0, command, 1, options.length);
        return ExternalTool.run(command).split(" ")[1];
    }

    private SshPublicKey publicLine(String line) throws KeyFormatException {
        return (SshPublicKey) parser.parse(line.getBytes(StandardCharsets.UTF_8), PassphrasePrompt.NONE);
    }

    private SshPublicKey spki(String pem) throws KeyFormatException {
        return (SshPublicKey) parser.parse(pem.getBytes(StandardCharsets.US_ASCII), PassphrasePrompt.NONE);
    }
}
