package io.yaoshi.vault;

import static io.yaoshi.vault.TestVaults.cheapOptions;
import static io.yaoshi.vault.TestVaults.password;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unlock reads each item's head: key pairs show their start and stay on disk until read; items kept in memory are
 * read whole when their head does not hold them.
 */
class VaultOnDemandTest {

    @TempDir
    Path dir;

    @Test
    void aKeyPairShowsItsStartAtUnlockAndIsReadWholeWhenAskedFor() throws Exception {
        VaultItem keyPair = VaultItem.create(ItemKind.KEY_PAIR, text('k', 3000));
        VaultItem small = VaultItem.create(ItemKind.CREDENTIAL, text('c', 200));
        VaultItem large = VaultItem.create(ItemKind.CREDENTIAL, text('l', 5000));
        Path file = dir.resolve("vault.db");
        try (Vault vault = Vault.create(file, password(), cheapOptions())) {
            vault.putAll(List.of(keyPair, small, large));
        }

        try (Vault vault = Vault.open(file, cheapOptions())) {
            List<ItemPreview> previews = new ArrayList<>();
            List<byte[]> starts = new ArrayList<>();
            UnlockReport report = vault.unlock(password(), preview -> {
                previews.add(preview);
                byte[] start = new byte[preview.payloadStart().remaining()];
                preview.payloadStart().get(start);
                starts.add(start);
            });

            assertEquals(List.of(small, large), report.items(), "the key pair is not held; the large item is whole");
            assertEquals(3, report.readable());
            assertEquals(1, previews.size());
            assertEquals(keyPair.id(), previews.get(0).id());
            assertFalse(previews.get(0).complete());
            assertArrayEquals(Arrays.copyOf(keyPair.payload(), ItemCipher.HEAD_BYTES - ItemBox.HEADER_BYTES),
                    starts.get(0));
            assertArrayEquals(new byte[starts.get(0).length], bytesOf(previews.get(0)),
                    "the view is wiped when the reader returns");
            assertEquals(keyPair, vault.get(keyPair.id()).orElseThrow());
            assertEquals(List.of(keyPair), vault.list(ItemKind.KEY_PAIR));
            assertTrue(vault.damagedItems().isEmpty());
        }
    }

    @Test
    void aReaderThatFailsLeavesTheVaultLocked() throws Exception {
        Path file = dir.resolve("vault.db");
        try (Vault vault = Vault.create(file, password(), cheapOptions())) {
            for (int i = 0; i < 3; i++) { // more than one batch of the second thread
                List<VaultItem> batch = new ArrayList<>();
                for (int j = 0; j < 400; j++) {
                    batch.add(VaultItem.create(ItemKind.KEY_PAIR, text('k', 100)));
                }
                vault.putAll(batch);
            }
        }
        try (Vault vault = Vault.open(file, cheapOptions())) {
            int[] seen = {0};
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> vault.unlock(password(),
                    preview -> {
                        if (++seen[0] == 700) {
                            throw new IllegalStateException("a listing the reader cannot take");
                        }
                    }));
            assertEquals("a listing the reader cannot take", e.getMessage());
            assertFalse(vault.isUnlocked());
            assertEquals(1200, vault.unlock(password()).readable(), "a second unlock reads everything");
        }
    }

    @Test
    void anOlderVaultsWholeRowsStillOpenAndAreSplitWhenSaved() throws Exception {
        Path file = dir.resolve("vault.db");
        java.nio.file.Files.copy(VaultOnDemandTest.class.getResourceAsStream("fixtures/vault-before-seal.db"), file);
        List<Object> formats = RawSqlite.column(file, "SELECT DISTINCT format FROM items");
        assertEquals(List.of(ItemCipher.WHOLE_FORMAT), formats);
        try (Vault vault = Vault.open(file, cheapOptions())) {
            vault.unlock(password());
            List<VaultItem> items = vault.list().stream()
                    .map(item -> new VaultItem(item.id(), item.kind(), item.payload())).toList(); // kept past a lock
            assertFalse(items.isEmpty());
            vault.putAll(items);
            vault.lock();
            vault.unlock(password());
            assertEquals(items, vault.list());
        }
        assertEquals(List.of(ItemCipher.SPLIT_FORMAT), RawSqlite.column(file, "SELECT DISTINCT format FROM items"));
    }

    private static byte[] bytesOf(ItemPreview preview) {
        byte[] bytes = new byte[preview.payloadStart().capacity()];
        preview.payloadStart().duplicate().clear().get(bytes);
        return bytes;
    }

    private static byte[] text(char c, int length) {
        char[] chars = new char[length];
        Arrays.fill(chars, c);
        return new String(chars).getBytes(StandardCharsets.UTF_8);
    }
}
