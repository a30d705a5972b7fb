package io.yaoshi.vault;

import static io.yaoshi.vault.TestVaults.cheapOptions;
import static io.yaoshi.vault.TestVaults.password;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seal binds the set of rows: each row authenticates on its own, so removing one, putting back an older copy or
 * a deleted item went unnoticed before it. Every attack here edits the closed file with plain SQL.
 */
class VaultSealTest {

    private static final Instant FOUND_AT = Instant.parse("2026-11-30T08:00:00Z");

    @TempDir
    Path dir;
    private Path file;
    private List<VaultItem> items;

    @BeforeEach
    void createVaultWithThreeItems() throws Exception {
        file = dir.resolve("vault.db");
        items = List.of(item("a"), item("b"), item("c"));
        try (Vault vault = Vault.create(file, password(), cheapOptions())) {
            vault.putAll(items);
        }
    }

    @Test
    void writesDeletesAndReopeningKeepTheSealIntact() throws Exception {
        try (Vault vault = Vault.open(file, cheapOptions())) {
            assertEquals(SealCheck.intact(3), vault.unlock(password()).seal());
            vault.put(new VaultItem(items.get(0).id(), ItemKind.KEY_PAIR, bytes("a, renamed")));
            vault.put(item("d"));
            assertTrue(vault.remove(items.get(1).id()));
        }
        assertEquals(SealCheck.intact(3), unlock(cheapOptions()));
    }

    @Test
    void aDeletedRowIsFound() throws Exception {
        RawSqlite.execute(file, "DELETE FROM items WHERE id = ?", (Object) SealedItem.idBytes(items.get(1).id()));

        SealCheck check = unlock(cheapOptions());

        assertEquals(SealCheck.Status.ALTERED, check.status());
        assertEquals(OptionalInt.of(3), check.sealedItems());
        assertEquals(2, check.foundItems());
    }

    @Test
    void anOlderCopyOfARowIsFoundThoughItAuthenticates() throws Exception {
        byte[] id = SealedItem.idBytes(items.get(0).id());
        List<Object> before = RawSqlite.row(file, "SELECT nonce, ciphertext FROM items WHERE id = ?", id);
        Object bodyBefore = RawSqlite.column(file, "SELECT body FROM item_bodies WHERE id = ?", id).get(0);
        try (Vault vault = Vault.open(file, cheapOptions())) {
            vault.unlock(password());
            vault.put(new VaultItem(items.get(0).id(), ItemKind.KEY_PAIR, bytes("a, tag removed")));
        }
        RawSqlite.execute(file, "UPDATE items SET nonce = ?, ciphertext = ? WHERE id = ?", before.get(0),
                before.get(1), id);
        RawSqlite.execute(file, "UPDATE item_bodies SET body = ? WHERE id = ?", bodyBefore, id);

        try (Vault vault = Vault.open(file, cheapOptions())) {
            UnlockReport report = vault.unlock(password());
            assertEquals(items.get(0), vault.get(items.get(0).id()).orElseThrow(), "the old copy itself is authentic");
            assertEquals(SealCheck.Status.ALTERED, report.seal().status());
            assertEquals(OptionalInt.of(3), report.seal().sealedItems());
        }
    }

    @Test
    void aDeletedItemPutBackIsFound() throws Exception {
        byte[] id = SealedItem.idBytes(items.get(2).id());
        List<Object> row = RawSqlite.row(file, "SELECT format, nonce, ciphertext FROM items WHERE id = ?", id);
        try (Vault vault = Vault.open(file, cheapOptions())) {
            vault.unlock(password());
            vault.remove(items.get(2).id());
        }
        RawSqlite.execute(file, "INSERT INTO items (id, format, nonce, ciphertext) VALUES (?, ?, ?, ?)", id,
                row.get(0), row.get(1), row.get(2));

        SealCheck check = unlock(cheapOptions());

        assertEquals(SealCheck.Status.ALTERED, check.status());
        assertEquals(OptionalInt.of(2), check.sealedItems());
        assertEquals(3, check.foundItems());
    }

    @Test
    void aRemovedSealIsFound() throws Exception {
        RawSqlite.execute(file, "DELETE FROM seal");

        SealCheck check = unlock(cheapOptions());

        assertEquals(SealCheck.Status.ALTERED, check.status());
        assertEquals(OptionalInt.empty(), check.sealedItems());
    }

    @Test
    void anOlderSealIsFound() throws Exception {
        List<Object> seal = RawSqlite.row(file, "SELECT nonce, ciphertext FROM seal");
        try (Vault vault = Vault.open(file, cheapOptions())) {
            vault.unlock(password());
            vault.put(item("d"));
        }
        RawSqlite.execute(file, "UPDATE seal SET nonce = ?, ciphertext = ?", seal.get(0), seal.get(1));

        assertEquals(SealCheck.Status.ALTERED, unlock(cheapOptions()).status());
    }

    @Test
    void anAlterationIsRememberedThroughLaterWritesUntilAccepted() throws Exception {
        RawSqlite.execute(file, "DELETE FROM items WHERE id = ?", (Object) SealedItem.idBytes(items.get(0).id()));
        VaultOptions atFoundTime = cheapOptions().withClock(Clock.fixed(FOUND_AT, ZoneOffset.UTC));
        try (Vault vault = Vault.open(file, atFoundTime)) {
            assertEquals(SealCheck.Status.ALTERED, vault.unlock(password()).seal().status());
            vault.put(item("written after"));
        }

        SealCheck later = unlock(cheapOptions());
        assertEquals(SealCheck.Status.ALTERED_EARLIER, later.status());
        assertEquals(Optional.of(FOUND_AT), later.alteredSince());

        try (Vault vault = Vault.open(file, cheapOptions())) {
            vault.unlock(password());
            vault.acceptContentsAsTheyAre();
        }
        assertEquals(SealCheck.intact(3), unlock(cheapOptions()));
    }

    @Test
    void aVaultFromBeforeTheSealIsSealedAtItsFirstUnlockAndGuardedAfter() throws Exception {
        Path legacy = copyOfVaultBeforeSeal();

        try (Vault vault = Vault.open(legacy, cheapOptions())) {
            UnlockReport report = vault.unlock(password());
            assertEquals(SealCheck.Status.FIRST_SEAL, report.seal().status());
            assertEquals(2, report.readable());
        }
        assertEquals(List.of(2), RawSqlite.column(legacy, "SELECT format_version FROM header"));
        assertEquals(List.of(1), RawSqlite.column(VaultFiles.backupOf(legacy), "PRAGMA user_version"));
        assertEquals(SealCheck.intact(2), unlockFile(legacy));

        RawSqlite.execute(legacy, "DELETE FROM items WHERE id = ?",
                (Object) SealedItem.idBytes(UUID.fromString("00000000-0000-4000-8000-000000000002")));
        assertEquals(SealCheck.Status.ALTERED, unlockFile(legacy).status());
    }

    @Test
    void aHeaderFromBeforeTheSealPutBackBesideTheSealIsAnAlteration() throws Exception {
        Path legacy = copyOfVaultBeforeSeal();
        List<Object> oldHeader = RawSqlite.row(legacy, "SELECT format_version, kdf_salt, key_nonce, wrapped_key"
                + " FROM header");
        unlockFile(legacy);
        RawSqlite.execute(legacy, "UPDATE header SET format_version = ?, kdf_salt = ?, key_nonce = ?,"
                + " wrapped_key = ?", oldHeader.toArray());

        assertEquals(SealCheck.Status.ALTERED, unlockFile(legacy).status());
    }

    private Path copyOfVaultBeforeSeal() throws Exception {
        Path legacy = dir.resolve("before-seal.db");
        try (InputStream in = getClass().getResourceAsStream("fixtures/vault-before-seal.db")) {
            Files.copy(in, legacy);
        }
        return legacy;
    }

    private SealCheck unlock(VaultOptions options) throws Exception {
        try (Vault vault = Vault.open(file, options)) {
            return vault.unlock(password()).seal();
        }
    }

    private static SealCheck unlockFile(Path path) throws Exception {
        try (Vault vault = Vault.open(path, cheapOptions())) {
            return vault.unlock(password()).seal();
        }
    }

    private static VaultItem item(String name) {
        return VaultItem.create(ItemKind.KEY_PAIR, bytes(name));
    }

    private static byte[] bytes(String name) {
        return ("{\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
