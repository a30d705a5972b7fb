package io.yaoshi.vault;

import static io.yaoshi.vault.TestVaults.cheapOptions;
import static io.yaoshi.vault.TestVaults.password;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.VaultProblem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of tampering is caught per item: the other items still open and the damaged ids are reported. */
class VaultTamperTest {

    @TempDir
    Path dir;
    private Path file;
    private List<VaultItem> items;

    @BeforeEach
    void createVaultWithFourItems() throws Exception {
        file = dir.resolve("vault.db");
        items = List.of(item(ItemKind.KEY_PAIR, "a"), item(ItemKind.KEY_PAIR, "b"), item(ItemKind.CREDENTIAL, "c"),
                item(ItemKind.PENDING_OPERATION, "d"));
        try (Vault vault = Vault.create(file, password(), cheapOptions())) {
            vault.putAll(items);
        }
    }

    @Test
    void flippedCiphertextByteDamagesOnlyThatItem() throws Exception {
        byte[] id = SealedItem.idBytes(items.get(0).id());
        byte[] ciphertext = (byte[]) RawSqlite.column(file, "SELECT ciphertext FROM items WHERE id = ?", id).get(0);
        ciphertext[17] ^= 0x01;
        RawSqlite.execute(file, "UPDATE items SET ciphertext = ? WHERE id = ?", ciphertext, id);

        assertDamaged(Set.of(items.get(0).id()));
    }

    @Test
    void aFlippedByteInAKeyPairsBodyIsFoundWhenItIsReadAndByAWholeCheck() throws Exception {
        UUID keyPair = items.get(0).id();
        byte[] id = SealedItem.idBytes(keyPair);
        byte[] body = (byte[]) RawSqlite.column(file, "SELECT body FROM item_bodies WHERE id = ?", id).get(0);
        body[100] ^= 0x01;
        RawSqlite.execute(file, "UPDATE item_bodies SET body = ? WHERE id = ?", body, id);

        try (Vault vault = Vault.open(file, cheapOptions())) {
            UnlockReport report = vault.unlock(password());
            assertEquals(List.of(), report.damagedItemIds(), "an unlock reads the head, which is sound");
            assertEquals(items.size(), report.readable());
            VaultException e = assertThrows(VaultException.class, () -> vault.get(keyPair));
            assertEquals(VaultProblem.ITEM_DAMAGED, e.reason());
            assertEquals(List.of(keyPair), vault.damagedItems());
            assertEquals(items.get(1), vault.get(items.get(1).id()).orElseThrow());
        }
    }

    @Test
    void aFlippedByteInTheBodyOfAnItemKeptInMemoryIsFoundByAWholeCheck() throws Exception {
        UUID credential = items.get(2).id();
        byte[] id = SealedItem.idBytes(credential);
        byte[] body = (byte[]) RawSqlite.column(file, "SELECT body FROM item_bodies WHERE id = ?", id).get(0);
        body[100] ^= 0x01; // only padding lies there: the item itself still reads
        RawSqlite.execute(file, "UPDATE item_bodies SET body = ? WHERE id = ?", body, id);

        try (Vault vault = Vault.open(file, cheapOptions())) {
            vault.unlock(password());
            assertEquals(items.get(2), vault.get(credential).orElseThrow());
            assertEquals(List.of(credential), vault.damagedItems());
        }
    }

    @Test
    void anOlderBodyPutBackUnderItsHeadIsFound() throws Exception {
        UUID keyPair = items.get(0).id();
        byte[] id = SealedItem.idBytes(keyPair);
        Object older = RawSqlite.column(file, "SELECT body FROM item_bodies WHERE id = ?", id).get(0);
        try (Vault vault = Vault.open(file, cheapOptions())) {
            vault.unlock(password());
            vault.put(new VaultItem(keyPair, ItemKind.KEY_PAIR, "{\"name\":\"a, rotated\"}".getBytes(
                    StandardCharsets.UTF_8)));
        }
        RawSqlite.execute(file, "UPDATE item_bodies SET body = ? WHERE id = ?", older, id);

        try (Vault vault = Vault.open(file, cheapOptions())) {
            vault.unlock(password());
            assertEquals(VaultProblem.ITEM_DAMAGED, assertThrows(VaultException.class, () -> vault.get(keyPair))
                    .reason(), "an authentic body, but not the one its head names");
        }
    }

    @Test
    void flippedNonceDamagesOnlyThatItem() throws Exception {
        RawSqlite.execute(file, "UPDATE items SET nonce = zeroblob(24) WHERE id = ?",
                (Object) SealedItem.idBytes(items.get(3).id()));

        assertDamaged(Set.of(items.get(3).id()));
    }

    @Test
    void ciphertextsSwappedBetweenRowsAreBothDamaged() throws Exception {
        byte[] a = SealedItem.idBytes(items.get(1).id());
        byte[] b = SealedItem.idBytes(items.get(2).id());
        RawSqlite.execute(file, "UPDATE items SET id = zeroblob(16) WHERE id = ?", (Object) a);
        RawSqlite.execute(file, "UPDATE items SET id = ? WHERE id = ?", a, b);
        RawSqlite.execute(file, "UPDATE items SET id = ? WHERE id = zeroblob(16)", (Object) b);

        assertDamaged(Set.of(items.get(1).id(), items.get(2).id()));
    }

    @Test
    void rowCopiedFromAnotherVaultWithTheSamePasswordIsDamaged() throws Exception {
        Path other = dir.resolve("other.db");
        VaultItem foreign = item(ItemKind.CREDENTIAL, "foreign");
        try (Vault vault = Vault.create(other, password(), cheapOptions())) {
            vault.put(foreign);
        }
        byte[] foreignId = SealedItem.idBytes(foreign.id());
        Object nonce = RawSqlite.column(other, "SELECT nonce FROM items WHERE id = ?", foreignId).get(0);
        Object ciphertext = RawSqlite.column(other, "SELECT ciphertext FROM items WHERE id = ?", foreignId).get(0);
        Object format = RawSqlite.column(other, "SELECT format FROM items WHERE id = ?", foreignId).get(0);
        RawSqlite.execute(file, "INSERT INTO items (id, format, nonce, ciphertext) VALUES (?, ?, ?, ?)",
                foreignId, format, nonce, ciphertext);

        assertDamaged(Set.of(foreign.id()));
    }

    @Test
    void rowCopiedUnderAnotherIdInTheSameVaultIsDamaged() throws Exception {
        UUID copyId = UUID.randomUUID();
        RawSqlite.execute(file, "INSERT INTO items (id, format, nonce, ciphertext)"
                + " SELECT ?, format, nonce, ciphertext FROM items WHERE id = ?",
                SealedItem.idBytes(copyId), SealedItem.idBytes(items.get(0).id()));

        assertDamaged(Set.of(copyId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kdf_iterations = kdf_iterations + 1", "kdf_salt = zeroblob(16)",
        "wrapped_key = substr(wrapped_key, 2) || x'00'", "key_nonce = zeroblob(12)"})
    void aDamagedHeaderSaysDamagedNotWrongPassword(String change) throws Exception {
        RawSqlite.execute(file, "UPDATE header SET " + change);

        try (Vault vault = Vault.open(file, cheapOptions())) {
            VaultException e = assertThrows(VaultException.class, () -> vault.unlock(password()));
            assertEquals(VaultProblem.DAMAGED, e.reason());
            e = assertThrows(VaultException.class, () -> vault.unlock("a wrong password".toCharArray()));
            assertEquals(VaultProblem.DAMAGED, e.reason(), "whatever the password, the header is what is wrong");
        }
    }

    @Test
    void anIntactHeaderWithAWrongPasswordSaysWrongPassword() throws Exception {
        try (Vault vault = Vault.open(file, cheapOptions())) {
            VaultException e = assertThrows(VaultException.class, () -> vault.unlock("a wrong password".toCharArray()));
            assertEquals(VaultProblem.WRONG_PASSWORD, e.reason());
        }
    }

    @Test
    void aDamagedDatabasePageSaysDamaged() throws Exception {
        try (Vault vault = Vault.open(file, cheapOptions())) {
            vault.unlock(password());
            vault.putAll(java.util.stream.IntStream.range(0, 40).mapToObj(i -> item(ItemKind.KEY_PAIR,
                    "x".repeat(3000) + i)).toList());
        }
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            // page 3 onwards: the items table's interior pages, well inside the file
            channel.write(java.nio.ByteBuffer.wrap(new byte[16384 * 4]), 16384L * 2);
        }

        VaultException e = assertThrows(VaultException.class, () -> {
            try (Vault vault = Vault.open(file, cheapOptions())) {
                vault.unlock(password());
            }
        });
        assertEquals(VaultProblem.DAMAGED, e.reason());
    }

    @Test
    void damagedItemsCanBeRemoved() throws Exception {
        RawSqlite.execute(file, "UPDATE items SET ciphertext = zeroblob(300) WHERE id = ?",
                (Object) SealedItem.idBytes(items.get(0).id()));
        try (Vault vault = Vault.open(file, cheapOptions())) {
            UUID damaged = vault.unlock(password()).damagedItemIds().get(0);
            assertTrue(vault.remove(damaged));
        }
        assertDamaged(Set.of(), Set.copyOf(items.subList(1, items.size())));
    }

    private void assertDamaged(Set<UUID> damaged) throws Exception {
        assertDamaged(damaged, items.stream().filter(item -> !damaged.contains(item.id())).collect(Collectors.toSet()));
    }

    private void assertDamaged(Set<UUID> damaged, Set<VaultItem> expectedGood) throws Exception {
        try (Vault vault = Vault.open(file, cheapOptions())) {
            UnlockReport report = vault.unlock(password());
            assertEquals(damaged, Set.copyOf(report.damagedItemIds()));
            assertEquals(expectedGood.stream().filter(item -> !item.kind().readOnDemand()).collect(Collectors.toSet()),
                    Set.copyOf(report.items()), "key pairs stay on disk");
            assertEquals(expectedGood, Set.copyOf(vault.list()));
        }
    }

    private static VaultItem item(ItemKind kind, String text) {
        return VaultItem.create(kind, ("{\"name\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
