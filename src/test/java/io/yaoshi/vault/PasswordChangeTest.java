package io.yaoshi.vault;

import static io.yaoshi.vault.TestVaults.cheapOptions;
import static io.yaoshi.vault.TestVaults.password;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.VaultProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordChangeTest {

    private static final char[] NEW_PASSWORD = "新的密码 with spaces 2026".toCharArray();

    @TempDir
    Path dir;
    private final VaultItem item = VaultItem.create(ItemKind.CREDENTIAL, TestVaults.credentialJson());

    @Test
    void oldPasswordFailsAndNewOneOpensTheSameItems() throws Exception {
        Path file = dir.resolve("vault.db");
        try (Vault vault = Vault.create(file, password(), cheapOptions())) {
            vault.put(item);
            vault.changePassword(password(), NEW_PASSWORD.clone());
            assertEquals(item, vault.get(item.id()).orElseThrow()); // still unlocked, items untouched
        }
        try (Vault vault = Vault.open(file, cheapOptions())) {
            assertEquals(VaultProblem.WRONG_PASSWORD,
                    assertThrows(VaultException.class, () -> vault.unlock(password())).reason());
            assertEquals(List.of(item), vault.unlock(NEW_PASSWORD.clone()).items());
        }
    }

    @Test
    void itemCiphertextsAreUntouched() throws Exception {
        Path file = dir.resolve("vault.db");
        try (Vault vault = Vault.create(file, password(), cheapOptions())) {
            vault.put(item);
        }
        List<Object> before = RawSqlite.column(file, "SELECT ciphertext FROM items");
        try (Vault vault = Vault.open(file, cheapOptions())) {
            vault.changePassword(password(), NEW_PASSWORD.clone());
        }
        List<Object> after = RawSqlite.column(file, "SELECT ciphertext FROM items");
        assertTrue(Arrays.deepEquals(before.toArray(), after.toArray()));
    }

    @Test
    void wrongCurrentPasswordChangesNothing() throws Exception {
        Path file = dir.resolve("vault.db");
        try (Vault vault = Vault.create(file, password(), cheapOptions())) {
            VaultException e = assertThrows(VaultException.class,
                    () -> vault.changePassword("guess".toCharArray(), NEW_PASSWORD.clone()));
            assertEquals(VaultProblem.WRONG_PASSWORD, e.reason());
        }
        try (Vault vault = Vault.open(file, cheapOptions())) {
            vault.unlock(password());
        }
    }

    @Test
    void theRollingBackupOpensWithTheNewPasswordOnlyAfterAChange() throws Exception {
        Path file = dir.resolve("vault.db");
        try (Vault vault = Vault.create(file, password(), cheapOptions())) {
            vault.put(item);
            vault.changePassword(password(), NEW_PASSWORD.clone());
        }
        Path backup = VaultFiles.backupOf(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        Path copy = Files.copy(backup, dir.resolve("restored.db"));
        try (Vault vault = Vault.open(copy, cheapOptions())) {
            VaultException old = assertThrows(VaultException.class, () -> vault.unlock(password()));
            assertEquals(VaultProblem.WRONG_PASSWORD, old.reason(), "the old password must not open it");
            assertEquals(List.of(item), vault.unlock(NEW_PASSWORD.clone()).items());
        }
    }
}
