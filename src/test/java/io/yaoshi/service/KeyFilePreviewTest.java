package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyFileProblem;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's first look at a file: what it holds, read by Yaoshi and checked against ssh-keygen/puttygen. */
class KeyFilePreviewTest {

    @TempDir
    Path dir;

    private VaultSession vault;
    private KeyPairService service;

    @BeforeEach
    void vault() throws Exception {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        service = Fixtures.keyService(vault);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private Path sshKeygen(String name, String type, String passphrase) throws Exception {
        Path file = dir.resolve(name);
        run("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", "me@host", "-f", file.toString());
        return file;
    }

    private static String fingerprintOf(Path file) throws Exception {
        return run("ssh-keygen", "-l", "-f", file.toString()).split(" ")[1];
    }

    private KeyFilePreview preview(Path file) throws Exception {
        return service.preview(Files.readAllBytes(file));
    }

    @Test
    void aPlainPrivateKeyShowsItsTypeAndFingerprint() throws Exception {
        Path file = sshKeygen("id_ed25519", "ed25519", "");

        KeyFilePreview preview = preview(file);

        assertEquals(KeyAlgorithm.ED25519, preview.publicHalf().orElseThrow().algorithm());
        assertEquals(fingerprintOf(file), preview.publicHalf().orElseThrow().fingerprints().sha256());
        assertTrue(preview.privateKey());
        assertFalse(preview.encrypted());
    }

    @Test
    void anEncryptedOpenSshKeyShowsItsFingerprintWithoutItsPassphrase() throws Exception {
        Path file = sshKeygen("id_ecdsa", "ecdsa", "secret words");

        KeyFilePreview preview = preview(file);

        assertEquals(KeyAlgorithm.ECDSA_P256, preview.publicHalf().orElseThrow().algorithm());
        assertEquals(fingerprintOf(file.resolveSibling("id_ecdsa.pub")),
                preview.publicHalf().orElseThrow().fingerprints().sha256());
        assertTrue(preview.privateKey());
        assertTrue(preview.encrypted());
    }

    @Test
    void anEncryptedPuttyKeyShowsItsFingerprintWithoutItsPassphrase() throws Exception {
        Path openssh = sshKeygen("id_rsa", "rsa", "");
        Path ppk = dir.resolve("key.ppk");
        Path passphraseFile = dir.resolve("passphrase");
        Files.writeString(passphraseFile, "putty words\n");
        run("puttygen", openssh.toString(), "-o", ppk.toString(), "--new-passphrase", passphraseFile.toString());

        KeyFilePreview preview = preview(ppk);

        assertEquals(fingerprintOf(openssh), preview.publicHalf().orElseThrow().fingerprints().sha256());
        assertTrue(preview.encrypted());
    }

    @Test
    void anEncryptedPemKeyStatesNothingButNeedsItsPassphrase() throws Exception {
        Path pem = dir.resolve("key.pem");
        run("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-aes-256-cbc",
                "-pass", "pass:pem words", "-out", pem.toString());

        KeyFilePreview preview = preview(pem);

        assertEquals(Optional.empty(), preview.publicHalf());
        assertTrue(preview.privateKey());
        assertTrue(preview.encrypted());
    }

    @Test
    void aPublicKeyIsNotAPrivateKey() throws Exception {
        Path file = sshKeygen("id_rsa", "rsa", "");

        KeyFilePreview preview = preview(file.resolveSibling("id_rsa.pub"));

        assertFalse(preview.privateKey());
        assertEquals(fingerprintOf(file), preview.publicHalf().orElseThrow().fingerprints().sha256());
    }

    @Test
    void aKeyAlreadyInTheVaultIsNamedBeforeItIsImportedAgain() throws Exception {
        Path file = sshKeygen("id_ed25519", "ed25519", "words");
        KeyPairRecord first = service.importKey(Files.readAllBytes(file), Placement.local(), "laptop", List.of(),
                () -> Optional.of("words".toCharArray()));

        assertEquals(List.of(first), preview(file).alreadyHere());
        assertEquals(List.of(first), preview(file.resolveSibling("id_ed25519.pub")).alreadyHere());
        assertEquals(List.of(), preview(sshKeygen("other", "ed25519", "")).alreadyHere());
    }

    @Test
    void aFileThatIsNoKeyIsRefusedAtOnceAndNothingIsStored() throws Exception {
        List<byte[]> notKeys = new ArrayList<>(List.of("hello, world\n".getBytes(StandardCharsets.UTF_8),
                new byte[0], "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
                        .getBytes(StandardCharsets.UTF_8)));
        for (byte[] content : notKeys) {
            var e = assertThrows(KeyFileException.class, () -> service.preview(content));
            assertTrue(e.problem() != KeyFileProblem.PASSPHRASE_REQUIRED, e.problem().name());
        }
        assertEquals(List.of(), service.list(KeyPairFilter.ALL));
    }
}
