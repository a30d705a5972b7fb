package io.yaoshi.ui.keyimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Origin;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.i18n.Messages;
import io.yaoshi.keys.KeyExporter;
import io.yaoshi.keys.KeyGenerator;
import io.yaoshi.keys.SshKeyPair;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.VaultSession;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.ScriptedCloud;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a key file through the form: real files, a real vault, a scripted cloud; the work runs inline. */
class KeyImportViewModelTest {

    @TempDir
    Path dir;

    private final SecureRandom random = new SecureRandom();
    private final KeyGenerator generator = new KeyGenerator(random);
    /** One bcrypt round for the encrypted files: the passphrase matters here, not the cost. */
    private final KeyExporter exporter = new KeyExporter(random, 1);
    private final ScriptedCloud aliyun = new ScriptedCloud();
    private VaultSession vault;
    private KeyPairService keys;

    @BeforeEach
    void vault() throws Exception {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        keys = Fixtures.keyService(vault, provider -> aliyun);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private KeyImportViewModel form(Path file, List<KeyPairRecord> existing, Locale locale) {
        return new KeyImportViewModel(keys, KeyPairRules.withBundledRegions(), RegionCatalog.bundled(),
                new BackgroundRunner(new DirectExecutorService(), Runnable::run), Messages.forLocale(locale),
                existing, file);
    }

    private Path write(String fileName, byte[] content) throws Exception {
        return Files.write(dir.resolve(fileName), content);
    }

    private List<KeyPairRecord> stored() throws Exception {
        return keys.list(KeyPairFilter.ALL);
    }

    /** The key material of an OpenSSH public key line, without its type and comment. */
    private static String body(String publicKeyLine) {
        return publicKeyLine.split(" ")[1];
    }

    private String publicLineOf(SshKeyPair pair) {
        return new String(exporter.exportPublic(pair.publicKey(), ExportFormat.PUBLIC), StandardCharsets.UTF_8);
    }

    @Test
    void aPrivateKeyFileIsStoredWithItsPrivateKeyUnderTheFilesName() throws Exception {
        SshKeyPair pair = generator.generate(KeyAlgorithm.ED25519, "me@laptop");
        KeyImportViewModel form = form(write("id_ed25519", exporter.export(pair, ExportFormat.OPENSSH)), List.of(),
                Locale.ENGLISH);
        assertEquals("id_ed25519", form.nameProperty().get());
        assertEquals("", form.nameErrorProperty().get());
        assertTrue(form.importCommand().isExecutable());

        form.importCommand().execute();

        KeyPairRecord imported = form.importedProperty().get();
        assertEquals("id_ed25519", imported.name());
        assertEquals(Origin.IMPORTED, imported.origin());
        assertTrue(imported.hasPrivateKey());
        assertEquals(body(publicLineOf(pair)), body(imported.publicKey()));
        assertEquals(List.of(imported), stored());
        assertTrue(vault.privateKey(imported.id()).isPresent(), "the private key is in the vault");
        assertEquals("", form.failureProperty().get());
        assertFalse(form.needsPassphraseProperty().get(), "an unencrypted file never asks for a passphrase");
        assertFalse(form.busyProperty().get());
    }

    @Test
    void aPublicKeyFileBecomesAPublicOnlyEntryNamedWithoutItsExtension() throws Exception {
        SshKeyPair pair = generator.generate(KeyAlgorithm.ECDSA_P256, "deploy@ci");
        KeyImportViewModel form = form(write("deploy.pub", exporter.export(pair, ExportFormat.PUBLIC)), List.of(),
                Locale.ENGLISH);
        assertEquals("deploy", form.nameProperty().get());

        form.importCommand().execute();

        KeyPairRecord imported = form.importedProperty().get();
        assertFalse(imported.hasPrivateKey());
        assertEquals(KeyAlgorithm.ECDSA_P256, imported.algorithm());
        assertEquals(body(publicLineOf(pair)), body(imported.publicKey()));
        assertEquals(List.of("deploy"), stored().stream().map(KeyPairRecord::name).toList());
        assertTrue(vault.privateKey(imported.id()).isEmpty(), "no private key was there to keep");
    }

    @Test
    void anEncryptedKeyAsksForItsPassphraseAsAQuestionRefusesAWrongOneAndImportsWithTheRightOne() throws Exception {
        SshKeyPair pair = generator.generate(KeyAlgorithm.ED25519, "me@server");
        KeyImportViewModel form = form(write("server.key", exporter.exportEncrypted(pair, ExportFormat.OPENSSH,
                "right horse".toCharArray())), List.of(), Locale.ENGLISH);

        assertTrue(form.needsPassphraseProperty().get(), "asked as soon as the file is read");
        assertEquals("", form.failureProperty().get(), "a question, not an error");
        assertEquals("Ed25519 private key", form.summaryProperty().get());
        assertTrue(form.fingerprintProperty().get().startsWith("SHA256:"), "OpenSSH states the public key in the clear");
        assertFalse(form.importCommand().isExecutable(), "not until a passphrase is typed");

        form.passphraseProperty().set("wrong horse");
        assertTrue(form.importCommand().isExecutable());
        form.importCommand().execute();

        assertEquals("The passphrase does not decrypt the key.", form.failureProperty().get());
        assertEquals("", form.passphraseProperty().get(), "the wrong passphrase is cleared");
        assertFalse(form.importCommand().isExecutable());
        assertNull(form.importedProperty().get());
        assertEquals(List.of(), stored());

        form.passphraseProperty().set("r");
        assertEquals("", form.failureProperty().get(), "typing again clears the stale error");
        form.passphraseProperty().set("right horse");
        form.importCommand().execute();

        assertEquals("", form.failureProperty().get());
        assertEquals("", form.passphraseProperty().get(), "the passphrase is not kept after use");
        assertTrue(form.importedProperty().get().hasPrivateKey());
        assertEquals(body(publicLineOf(pair)), body(form.importedProperty().get().publicKey()));
        assertEquals(List.of("server"), stored().stream().map(KeyPairRecord::name).toList());
    }

    @Test
    void theKeysTypeAndFingerprintShowBeforeTheImport() throws Exception {
        SshKeyPair pair = generator.generate(KeyAlgorithm.ECDSA_P256, "deploy@ci");
        Path file = write("deploy.pub", exporter.export(pair, ExportFormat.PUBLIC));

        KeyImportViewModel english = form(file, List.of(), Locale.ENGLISH);
        KeyImportViewModel chinese = form(file, List.of(), Locale.SIMPLIFIED_CHINESE);

        String fingerprint = keys.preview(Files.readAllBytes(file)).publicHalf().orElseThrow().fingerprints().sha256();
        assertEquals("ECDSA P-256 public key (the vault keeps it without a private key)",
                english.summaryProperty().get());
        assertEquals(fingerprint, english.fingerprintProperty().get());
        assertEquals("ECDSA P-256 公钥（保险库中只保存公钥，没有私钥）", chinese.summaryProperty().get());
        assertEquals("", english.alreadyHereProperty().get());
        assertEquals(List.of(), stored(), "reading stores nothing");
    }

    @Test
    void aKeyAlreadyInTheVaultIsNamedButMayBeImportedAgainElsewhere() throws Exception {
        SshKeyPair pair = generator.generate(KeyAlgorithm.ECDSA_P256, "");
        Path file = write("web.pem", exporter.export(pair, ExportFormat.PKCS8));
        form(file, List.of(), Locale.ENGLISH).importCommand().execute();

        KeyImportViewModel again = form(file, stored(), Locale.ENGLISH);

        assertEquals("This key is already in the vault: “web” (Local). Importing it again adds another entry for the"
                + " same key.", again.alreadyHereProperty().get());
        again.placement().providerProperty().set(ProviderId.ALIYUN);
        assertTrue(again.importCommand().isExecutable(), "the same key at a cloud as well is a common wish");
        again.importCommand().execute();
        assertEquals(2, stored().size());
        assertEquals("保险库中已有此密钥：“web”（本地）、“web”（阿里云 cn-qingdao）。再次导入会为同一密钥再添加一个条目。",
                form(file, stored(), Locale.SIMPLIFIED_CHINESE).alreadyHereProperty().get());
    }

    @Test
    void aFileThatHoldsNoKeyIsRefusedAtOnceAndStoresNothing() throws Exception {
        Path notes = write("notes.txt", "buy milk\n".getBytes(StandardCharsets.UTF_8));
        KeyImportViewModel form = form(notes, List.of(), Locale.ENGLISH);

        assertEquals("This is not a key format Yaoshi reads (PEM, OpenSSH, PuTTY or a public key line).",
                form.fileProblemProperty().get());
        assertFalse(form.importCommand().isExecutable(), "nothing to import");
        assertTrue(form.lockedProperty().get(), "nor anything to fill in");
        assertFalse(form.needsPassphraseProperty().get());
        assertEquals("", form.summaryProperty().get());
        assertFalse(form.busyProperty().get());
        form.importCommand().execute();
        assertNull(form.importedProperty().get());
        assertEquals(List.of(), stored());

        KeyImportViewModel chinese = form(notes, List.of(), Locale.SIMPLIFIED_CHINESE);
        assertEquals("不是钥匙可读取的密钥格式（PEM、OpenSSH、PuTTY 或公钥行）。", chinese.fileProblemProperty().get());
    }

    @Test
    void aNameTakenInTheSameScopeBlocksTheImportAndAnotherScopeOrNameFreesIt() throws Exception {
        Path file = write("web.pub", exporter.export(generator.generate(KeyAlgorithm.ECDSA_P256, ""),
                ExportFormat.PUBLIC));
        KeyImportViewModel form = form(file, List.of(Fixtures.record("web", Placement.local(), List.of())),
                Locale.ENGLISH);

        assertEquals("A key pair named web already exists here. (KeyPair.AlreadyExist)",
                form.nameErrorProperty().get());
        assertFalse(form.importCommand().isExecutable());
        form.importCommand().execute();
        assertEquals(List.of(), stored(), "a command that cannot run does nothing");

        form.placement().providerProperty().set(ProviderId.ALIYUN);
        assertEquals("", form.nameErrorProperty().get(), "the name is free at Aliyun");
        assertTrue(form.importCommand().isExecutable());

        form.placement().providerProperty().set(ProviderId.LOCAL);
        assertFalse(form.importCommand().isExecutable());
        form.nameProperty().set("");
        assertEquals("", form.nameErrorProperty().get(), "an empty name is not scolded while typing");
        assertFalse(form.importCommand().isExecutable(), "but it cannot be imported");
        form.nameProperty().set("web-2");
        assertTrue(form.importCommand().isExecutable());
        form.importCommand().execute();
        assertEquals(List.of("web-2"), stored().stream().map(KeyPairRecord::name).toList());
    }

    @Test
    void aCloudImportUploadsOnlyThePublicKeyAndKeepsThePrivateKeyHere() throws Exception {
        SshKeyPair pair = generator.generate(KeyAlgorithm.ECDSA_P256, "");
        KeyImportViewModel form = form(write("web.pem", exporter.export(pair, ExportFormat.PKCS8)), List.of(),
                Locale.ENGLISH);
        form.placement().providerProperty().set(ProviderId.ALIYUN);
        form.placement().regionProperty().set(RegionCatalog.bundled().find(ProviderId.ALIYUN, "cn-hangzhou")
                .orElseThrow());

        form.importCommand().execute();

        assertEquals(1, aliyun.importedLines.size());
        assertTrue(aliyun.importedLines.get(0).startsWith("ecdsa-sha2-nistp256 "), aliyun.importedLines.get(0));
        assertFalse(aliyun.importedLines.get(0).contains("PRIVATE"));
        KeyPairRecord imported = form.importedProperty().get();
        assertEquals(Placement.aliyun("cn-hangzhou", ""), imported.placement());
        assertEquals(RemoteState.PRESENT, imported.remoteState());
        assertTrue(imported.hasPrivateKey());
        assertTrue(vault.privateKey(imported.id()).isPresent());
    }

    @Test
    void aKeyTypeTheCloudRefusesIsSaidBeforeTheUploadAndAnotherPlaceFreesIt() throws Exception {
        KeyImportViewModel ed25519 = form(write("id_ed25519.pub", exporter.export(
                generator.generate(KeyAlgorithm.ED25519, ""), ExportFormat.PUBLIC)), List.of(), Locale.ENGLISH);
        assertEquals("", ed25519.typeErrorProperty().get());

        ed25519.placement().providerProperty().set(ProviderId.ALIYUN);

        String typeRefused = ed25519.typeErrorProperty().get();
        assertTrue(typeRefused.startsWith("Aliyun does not accept ") && typeRefused.endsWith(
                " keys; choose an RSA or ECDSA key. (InvalidPublicKeyBody.Malformed)"), typeRefused);
        assertFalse(ed25519.importCommand().isExecutable());
        ed25519.importCommand().execute();
        assertEquals(0, aliyun.calls, "nothing is sent");

        ed25519.placement().providerProperty().set(ProviderId.LOCAL);
        assertEquals("", ed25519.typeErrorProperty().get());
        assertTrue(ed25519.importCommand().isExecutable());
    }

    @Test
    void aCloudsRefusalLeavesNothingStoredAndIsClearedWhenTheRequestChanges() throws Exception {
        aliyun.failWith = new ProviderException(ProviderId.ALIYUN, ProviderFailure.REJECTED,
                "InvalidKeyPairName.Duplicate", "req-7", "exists", null);
        KeyImportViewModel ecdsa = form(write("web.pem", exporter.export(
                generator.generate(KeyAlgorithm.ECDSA_P256, ""), ExportFormat.PKCS8)), List.of(), Locale.ENGLISH);
        ecdsa.placement().providerProperty().set(ProviderId.ALIYUN);

        ecdsa.importCommand().execute();

        assertEquals("Aliyun refused the request (code InvalidKeyPairName.Duplicate, request req-7).",
                ecdsa.failureProperty().get());
        assertEquals(1, aliyun.calls);
        assertNull(ecdsa.importedProperty().get());
        assertFalse(ecdsa.busyProperty().get());
        assertEquals(List.of(), stored(), "a definite refusal leaves no pending entry or private key behind");

        ecdsa.nameProperty().set("web-2");
        assertEquals("", ecdsa.failureProperty().get(), "the refusal was about the old name");
    }

    @Test
    void anAnswerLostAfterTheUploadSaysTheKeyPairIsPendingAndOffersNoSecondUpload() throws Exception {
        aliyun.failWith = new ProviderException(ProviderId.ALIYUN, ProviderFailure.SERVER_ERROR, "InternalError",
                "r1", "internal", null);
        KeyImportViewModel form = form(write("web.pem", exporter.export(
                generator.generate(KeyAlgorithm.ECDSA_P256, ""), ExportFormat.PKCS8)), List.of(), Locale.ENGLISH);
        form.placement().providerProperty().set(ProviderId.ALIYUN);

        form.importCommand().execute();

        assertEquals("Aliyun failed on its side; the key pair may or may not exist now. Sync with the cloud to find out"
                + " (code InternalError, request r1).", form.failureProperty().get());
        assertEquals(RemoteState.PENDING, stored().get(0).remoteState());
        assertEquals("A key pair named web already exists here. (KeyPair.AlreadyExist)",
                form.nameErrorProperty().get(), "the pending entry holds the name");
        assertFalse(form.importCommand().isExecutable(), "a second upload would clash with the first");
    }

    @Test
    void theWaitForTheCloudIsSaidInWords() throws Exception {
        Path file = write("web.pem", exporter.export(generator.generate(KeyAlgorithm.ECDSA_P256, ""),
                ExportFormat.PKCS8));
        DirectExecutorService worker = new DirectExecutorService();
        KeyImportViewModel form = new KeyImportViewModel(keys, KeyPairRules.withBundledRegions(),
                RegionCatalog.bundled(), new BackgroundRunner(worker, Runnable::run),
                Messages.forLocale(Locale.SIMPLIFIED_CHINESE), List.of(), file);
        form.placement().providerProperty().set(ProviderId.ALIYUN);
        worker.hold();

        form.importCommand().execute();

        assertEquals("正在将公钥发送到阿里云…", form.progressProperty().get());
        worker.release();
        assertEquals("", form.progressProperty().get());
    }
}
