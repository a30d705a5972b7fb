package io.yaoshi.vault;

import static io.yaoshi.vault.TestVaults.cheapOptions;
import static io.yaoshi.vault.TestVaults.password;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.testing.ByteSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stolen vault (with its WAL, journal and backup) must hold none of the names, tags or key bodies written; nor may
 * the log.
 */
class VaultPlaintextScanTest {

    private static final List<String> SECRETS = List.of(TestVaults.NAME, TestVaults.TAG_VALUE,
            TestVaults.PUBLIC_KEY_BODY, TestVaults.PRIVATE_KEY_LINE, TestVaults.CREDENTIAL_SECRET,
            "BEGIN OPENSSH PRIVATE KEY", "ssh-ed25519", "accessKeySecret", "cn-hangzhou", "KEY_PAIR", "CREDENTIAL",
            new String(password()), "新的密码");

    @TempDir
    Path dir;

    @Test
    void noPlaintextInAnyFileWhileOpenAndAfterClose() throws Exception {
        Path file = dir.resolve("vault.db");
        try (Vault vault = Vault.create(file, password(), cheapOptions())) {
            VaultItem keyPair = VaultItem.create(ItemKind.KEY_PAIR, TestVaults.keyPairJson());
            VaultItem doomed = VaultItem.create(ItemKind.CREDENTIAL, TestVaults.credentialJson());
            vault.putAll(List.of(keyPair, doomed,
                    VaultItem.create(ItemKind.PENDING_OPERATION, TestVaults.pendingOperationJson())));
            vault.put(new VaultItem(keyPair.id(), ItemKind.KEY_PAIR, TestVaults.keyPairJson()));
            vault.remove(doomed.id());
            vault.changePassword(password(), "新的密码".toCharArray());

            assertTrue(Files.exists(dir.resolve("vault.db-wal")), "the scan should cover a live WAL");
            assertNoSecretIn(allFiles());
        }
        assertTrue(Files.exists(VaultFiles.backupOf(file)));
        assertNoSecretIn(allFiles());
    }

    @Test
    void logsHoldNoSecret() throws Exception {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(new SimpleFormatter().format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("io.yaoshi.vault");
        logger.addHandler(capture);
        try (Vault vault = Vault.create(dir.resolve("vault.db"), password(), cheapOptions())) {
            vault.put(VaultItem.create(ItemKind.KEY_PAIR, TestVaults.keyPairJson()));
            vault.changePassword(password(), "新的密码".toCharArray());
            vault.lock();
            vault.unlock("新的密码".toCharArray());
        } finally {
            logger.removeHandler(capture);
        }

        assertTrue(logged.size() >= 3, logged::toString);
        assertEquals(List.of(), SECRETS.stream().filter(secret -> String.join("", logged).contains(secret)).toList());
    }

    @Test
    void theScanFindsWhatIsThere() throws Exception {
        Path control = Files.write(dir.resolve("control.bin"), TestVaults.keyPairJson());

        assertEquals(List.of(control + ": " + TestVaults.NAME), findings(List.of(control)).subList(0, 1));
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static void assertNoSecretIn(List<Path> files) throws IOException {
        assertEquals(List.of(), findings(files));
    }

    private static List<String> findings(List<Path> files) throws IOException {
        return ByteSearch.findings(files, SECRETS);
    }
}
