package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyFileProblem;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Origin;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.Tag;
import io.yaoshi.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Create, import and export through the service, checked against OpenSSH's own ssh-keygen. */
class KeyPairLifecycleTest {

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

    private static KeyPairSpec local(String name, KeyAlgorithm algorithm) {
        return new KeyPairSpec(Placement.local(), name, List.of(new Tag("env", "prod")), algorithm,
                CreateMode.IMPORT);
    }

    private static String sshKeygen(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("ssh-keygen"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** The fingerprint field of {@code ssh-keygen -l}: "256 SHA256:abc comment (ED25519)". */
    private static String fingerprintOf(Path file, String... hash) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("-l"));
        args.addAll(List.of(hash));
        args.addAll(List.of("-f", file.toString()));
        return sshKeygen(args.toArray(String[]::new)).split(" ")[1].replaceFirst("^MD5:", "");
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void aCreatedKeyExportsToAFileSshKeygenAgreesWith(KeyAlgorithm algorithm) throws Exception {
        KeyPairRecord key = service.create(local("key-" + algorithm.id(), algorithm));
        Path file = dir.resolve(algorithm.id());

        service.exportToFile(key.id(), ExportFormat.OPENSSH, null, file, false);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(key.fingerprints().sha256(), fingerprintOf(file));
        assertEquals(key.fingerprints().md5(), fingerprintOf(file, "-E", "md5"));
        assertEquals(key.publicKey().split(" ")[1], sshKeygen("-y", "-f", file.toString()).split(" ")[1]);
    }

    @Test
    void createdKeysSurviveLockAndUnlock() throws Exception {
        KeyPairRecord key = service.create(local("laptop", KeyAlgorithm.ED25519));
        vault.lock();
        vault.unlock(Fixtures.password());
        KeyPairRecord again = service.resolve("laptop");
        assertEquals(key, again);
        assertEquals(Origin.GENERATED, again.origin());
        assertTrue(again.publicKey().startsWith("ssh-ed25519 AAAA") && again.publicKey().endsWith(" laptop"));
    }

    @Test
    void aBrokenRuleCreatesNothing() throws Exception {
        service.create(local("laptop", KeyAlgorithm.ED25519));
        var e = assertThrows(ValidationException.class, () -> service.create(local("laptop", KeyAlgorithm.ED25519)));
        assertEquals("KeyPair.AlreadyExist", e.validation().errors().get(0).code());
        assertEquals(1, service.list(KeyPairFilter.ALL).size());
    }

    @Test
    void importsAPassphraseProtectedSshKeygenKey() throws Exception {
        Path file = dir.resolve("id_ed25519");
        sshKeygen("-q", "-t", "ed25519", "-N", "test-passphrase", "-C", "me@host", "-f", file.toString());
        String expected = fingerprintOf(file.resolveSibling("id_ed25519.pub"));

        KeyPairRecord key = service.importKey(Files.readAllBytes(file), Placement.local(), "imported", List.of(),
                () -> Optional.of("test-passphrase".toCharArray()));

        assertEquals(expected, key.fingerprints().sha256());
        assertEquals(Origin.IMPORTED, key.origin());
        assertTrue(key.hasPrivateKey());
        // the private key was stored: it exports again, unencrypted, and ssh-keygen reads it (OpenSSH reads
        // Ed25519 in its own format only, not as PKCS#8)
        Path exported = dir.resolve("exported");
        service.exportToFile(key.id(), ExportFormat.OPENSSH, null, exported, false);
        assertEquals(expected, fingerprintOf(exported));
    }

    @Test
    void aWrongPassphraseImportsNothing() throws Exception {
        Path file = dir.resolve("id_ed25519");
        sshKeygen("-q", "-t", "ed25519", "-N", "test-passphrase", "-f", file.toString());
        var e = assertThrows(KeyFileException.class, () -> service.importKey(Files.readAllBytes(file),
                Placement.local(), "k",
                List.of(), () -> Optional.of("wrong".toCharArray())));
        assertEquals(KeyFileProblem.WRONG_PASSPHRASE, e.problem());
        assertEquals(List.of(), service.list(KeyPairFilter.ALL));
    }

    @Test
    void aPublicKeyAloneBecomesAPublicOnlyEntry() throws Exception {
        Path file = dir.resolve("id_rsa");
        sshKeygen("-q", "-t", "rsa", "-b", "2048", "-N", "", "-f", file.toString());
        Path pub = file.resolveSibling("id_rsa.pub");

        KeyPairRecord key = service.importKey(Files.readAllBytes(pub), Placement.local(), "server", List.of(),
                Optional::empty);

        assertFalse(key.hasPrivateKey());
        assertEquals(KeyAlgorithm.RSA_2048, key.algorithm());
        assertEquals(fingerprintOf(pub), key.fingerprints().sha256());
        var e = assertThrows(KeyFileException.class, () -> service.export(key.id(), ExportFormat.PKCS8, null));
        assertEquals(KeyFileProblem.NO_PRIVATE_KEY, e.problem());
        String line = new String(service.export(key.id(), ExportFormat.PUBLIC, null), StandardCharsets.UTF_8);
        assertEquals(Files.readString(pub).split(" ")[1], line.split(" ")[1]);
    }

    @Test
    void anEncryptedExportNeedsItsPassphrase() throws Exception {
        KeyPairRecord key = service.create(local("laptop", KeyAlgorithm.ED25519));
        Path file = dir.resolve("laptop.key");
        service.exportToFile(key.id(), ExportFormat.OPENSSH, "export-pass".toCharArray(), file, false);

        assertTrue(Files.readString(file).contains("OPENSSH PRIVATE KEY"));
        // ssh-keygen refuses without the passphrase ...
        Process p = new ProcessBuilder("ssh-keygen", "-y", "-P", "", "-f", file.toString()).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(p.exitValue() != 0);
        // ... and our own import needs it too
        var e = assertThrows(KeyFileException.class,
                () -> service.importKey(Files.readAllBytes(file), Placement.local(), "again", List.of(),
                        Optional::empty));
        assertEquals(KeyFileProblem.PASSPHRASE_REQUIRED, e.problem());
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws Exception {
        KeyPairRecord key = service.create(local("laptop", KeyAlgorithm.ED25519));
        Path file = dir.resolve("laptop.pem");
        Files.writeString(file, "keep me");
        assertEquals(FileProblem.ALREADY_EXISTS, assertThrows(FileAccessException.class,
                () -> service.exportToFile(key.id(), ExportFormat.PKCS8, null, file, false)).problem());
        assertEquals("keep me", Files.readString(file));
        service.exportToFile(key.id(), ExportFormat.PKCS8, null, file, true);
        assertTrue(Files.readString(file).startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    @Test
    void aStolenVaultDoesNotShowWhichKeyTypeOrKindAnItemHolds() throws Exception {
        for (KeyAlgorithm algorithm : List.of(KeyAlgorithm.ED25519, KeyAlgorithm.ECDSA_P384, KeyAlgorithm.RSA_2048,
                KeyAlgorithm.RSA_3072)) {
            service.create(local(algorithm.id(), algorithm));
        }
        new CredentialService(vault).save(new io.yaoshi.domain.CloudAccount(io.yaoshi.domain.ProviderId.ALIYUN,
                "LTAI5tQx9Zexample", "", ""), "secretAccessKeyValue7788".toCharArray());
        vault.close();

        List<Long> sizes = new java.util.ArrayList<>();
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("vault.db"));
             var rows = db.createStatement().executeQuery("SELECT length(ciphertext) FROM items")) {
            while (rows.next()) {
                sizes.add(rows.getLong(1));
            }
        }
        assertEquals(5, sizes.size());
        assertEquals(1, java.util.Set.copyOf(sizes).size(), "one size for every kind and key type: " + sizes);
    }

    @Test
    void nothingSecretInTheRecordsToString() throws Exception {
        KeyPairRecord key = service.create(local("laptop", KeyAlgorithm.ED25519));
        assertFalse(key.toString().contains("PRIVATE"));
        assertFalse(new String(service.export(key.id(), ExportFormat.PUBLIC, null), StandardCharsets.UTF_8)
                .contains("PRIVATE"));
    }

}
