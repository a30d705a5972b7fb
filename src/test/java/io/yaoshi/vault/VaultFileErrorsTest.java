package io.yaoshi.vault;

import static io.yaoshi.vault.TestVaults.cheapOptions;
import static io.yaoshi.vault.TestVaults.password;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.VaultProblem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that are not (or not yet, or no longer) vaults this build may open. */
class VaultFileErrorsTest {

    @TempDir
    Path dir;

    @Test
    void textFileIsNotAVault() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "FinanceJoshuaV23 is not a database");

        assertEquals(VaultProblem.NOT_A_VAULT, openFails(file));
        assertFalse(Files.exists(dir.resolve("notes.txt-wal")));
    }

    @Test
    void foreignSqliteDatabaseIsNotAVault() throws Exception {
        Path file = dir.resolve("other.db");
        RawSqlite.execute(file, "CREATE TABLE contacts (name TEXT)");

        assertEquals(VaultProblem.NOT_A_VAULT, openFails(file));
    }

    @Test
    void vaultWithoutHeaderIsDamaged() throws Exception {
        Path file = createdVault();
        RawSqlite.execute(file, "DELETE FROM header");

        assertEquals(VaultProblem.DAMAGED, openFails(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kdf_parallelism = 0", "kdf_memory_kib = 1073741824", "kdf_iterations = 100000",
        "kdf_salt = x'00'", "key_nonce = x''", "vault_id = x'0102'", "kdf_algorithm = 'scrypt'"})
    void malformedHeaderIsDamaged(String change) throws Exception {
        Path file = createdVault();
        RawSqlite.execute(file, "UPDATE header SET " + change);

        assertEquals(VaultProblem.DAMAGED, openFails(file));
    }

    @Test
    void newerSchemaVersionIsRefused() throws Exception {
        Path file = createdVault();
        RawSqlite.execute(file, "PRAGMA user_version = 99");

        assertEquals(VaultProblem.NEWER_FORMAT, openFails(file));
    }

    @Test
    void newerHeaderFormatIsRefused() throws Exception {
        Path file = createdVault();
        RawSqlite.execute(file, "UPDATE header SET format_version = 3");

        assertEquals(VaultProblem.NEWER_FORMAT, openFails(file));
    }

    @Test
    void readOnlyFileIsRefused() throws Exception {
        Path file = createdVault();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));

        assertEquals(VaultProblem.READ_ONLY, openFails(file));
    }

    @Test
    void missingFileIsAnIoError() {
        assertEquals(VaultProblem.IO, openFails(dir.resolve("missing.db")));
    }

    @Test
    void createRefusesAnExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("vault.db"), "keep me");

        VaultException e = assertThrows(VaultException.class, () -> Vault.create(file, password(), cheapOptions()));
        assertEquals(VaultProblem.IO, e.reason());
        assertEquals("keep me", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void createdFilesAreOwnerOnly() throws Exception {
        Path file = createdVault();

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                VaultFileLock.sidecarOf(file))));
    }

    @Test
    void secondInstanceInThisProcessIsRefused() throws Exception {
        Path file = createdVault();
        try (Vault first = Vault.open(file, cheapOptions())) {
            assertEquals(VaultProblem.IN_USE, openFails(file));
            first.unlock(password());
            assertTrue(first.isUnlocked());
        }
        Vault.open(file, cheapOptions()).close();
    }

    @Test
    void secondProcessIsRefusedUntilTheFirstCloses() throws Exception {
        Path file = createdVault();
        try (ChildJvm holder = ChildJvm.start(VaultHolderMain.class, file.toString())) {
            assertEquals("open", holder.nextLine(30, TimeUnit.SECONDS));

            assertEquals(VaultProblem.IN_USE, openFails(file));

            holder.closeInput();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        Vault.open(file, cheapOptions()).close();
    }

    @Test
    void secondProcessIsRefusedWhileThisOneHoldsTheVault() throws Exception {
        Path file = createdVault();
        try (Vault held = Vault.open(file, cheapOptions());
             ChildJvm other = ChildJvm.start(VaultHolderMain.class, file.toString())) {
            assertEquals(file, held.file(), "this process holds the vault while the other tries");
            assertEquals(VaultProblem.IN_USE.name(), other.nextLine(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void otherSqliteClientHoldingTheFileIsRefused() throws Exception {
        Path file = createdVault();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement()) {
            statement.execute("PRAGMA locking_mode = EXCLUSIVE");
            statement.execute("BEGIN EXCLUSIVE");

            assertEquals(VaultProblem.IN_USE, openFails(file));
        }
    }

    @Test
    void messagesNeverContainThePath() {
        Path file = dir.resolve("FinanceJoshuaV23.db");

        VaultException e = assertThrows(VaultException.class, () -> Vault.open(file, cheapOptions()));
        assertFalse(e.getMessage().contains("FinanceJoshuaV23"));
    }

    private Path createdVault() throws Exception {
        Path file = dir.resolve("vault.db");
        Vault.create(file, password(), cheapOptions()).close();
        return file;
    }

    private static VaultProblem openFails(Path file) {
        return assertThrows(VaultException.class, () -> Vault.open(file, cheapOptions())).reason();
    }
}
