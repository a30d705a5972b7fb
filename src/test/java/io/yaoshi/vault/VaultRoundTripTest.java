package io.yaoshi.vault;

import static io.yaoshi.vault.TestVaults.cheapOptions;
import static io.yaoshi.vault.TestVaults.password;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.VaultProblem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void everyItemKindSurvivesCloseAndReopen() throws Exception {
        Path file = dir.resolve("vault.db");
        VaultItem keyPair = VaultItem.create(ItemKind.KEY_PAIR, TestVaults.keyPairJson());
        VaultItem credential = VaultItem.create(ItemKind.CREDENTIAL, TestVaults.credentialJson());
        VaultItem pending = VaultItem.create(ItemKind.PENDING_OPERATION, TestVaults.pendingOperationJson());
        VaultItem empty = VaultItem.create(ItemKind.PENDING_OPERATION, new byte[0]);
        try (Vault vault = Vault.create(file, password(), cheapOptions())) {
            vault.put(keyPair);
            vault.putAll(List.of(credential, pending, empty));
        }
        try (Vault vault = Vault.open(file, cheapOptions())) {
            UnlockReport report = vault.unlock(password());
            assertEquals(4, report.readable());
            assertEquals(List.of(credential, pending, empty), report.items(), "key pairs stay on disk");
            assertFalse(report.hasDamage());
            for (VaultItem item : List.of(keyPair, credential, pending, empty)) {
                assertEquals(item, vault.get(item.id()).orElseThrow());
            }
            assertEquals(List.of(keyPair), vault.list(ItemKind.KEY_PAIR));
            assertEquals(Set.of(pending.id(), empty.id()),
                    vault.list(ItemKind.PENDING_OPERATION).stream().map(VaultItem::id).collect(Collectors.toSet()));
        }
    }

    @Test
    void putReplacesAndRemoveDeletesDurably() throws Exception {
        Path file = dir.resolve("vault.db");
        VaultItem first = VaultItem.create(ItemKind.CREDENTIAL, bytes("v1"));
        VaultItem gone = VaultItem.create(ItemKind.KEY_PAIR, bytes("bye"));
        try (Vault vault = Vault.create(file, password(), cheapOptions())) {
            vault.putAll(List.of(first, gone));
            vault.put(new VaultItem(first.id(), ItemKind.CREDENTIAL, bytes("v2")));
            assertTrue(vault.remove(gone.id()));
            assertFalse(vault.remove(gone.id()));
        }
        try (Vault vault = Vault.open(file, cheapOptions())) {
            vault.unlock(password());
            assertArrayEquals(bytes("v2"), vault.get(first.id()).orElseThrow().payload());
            assertTrue(vault.get(gone.id()).isEmpty());
            assertEquals(1, vault.list().size());
        }
    }

    @Test
    void lockWipesHandedOutItemsButNeitherTheCallersItemsNorTheirPayloadCopies() throws Exception {
        try (Vault vault = Vault.create(dir.resolve("vault.db"), password(), cheapOptions())) {
            VaultItem item = VaultItem.create(ItemKind.CREDENTIAL, bytes("payload"));
            vault.put(item);
            VaultItem fetched = vault.get(item.id()).orElseThrow();
            byte[] copy = fetched.payload();
            vault.lock();
            assertArrayEquals(new byte[7], fetched.payload());
            assertArrayEquals(bytes("payload"), copy);
            assertArrayEquals(bytes("payload"), item.payload());
        }
    }

    @Test
    void wrongPasswordUnlocksNothingAndChangesNothing() throws Exception {
        Path file = dir.resolve("vault.db");
        UUID id;
        try (Vault vault = Vault.create(file, password(), cheapOptions())) {
            id = VaultItem.create(ItemKind.KEY_PAIR, bytes("x")).id();
            vault.put(new VaultItem(id, ItemKind.KEY_PAIR, bytes("x")));
        }
        byte[] before = Files.readAllBytes(file);
        try (Vault vault = Vault.open(file, cheapOptions())) {
            VaultException e = assertThrows(VaultException.class, () -> vault.unlock("wrong".toCharArray()));
            assertEquals(VaultProblem.WRONG_PASSWORD, e.reason());
            assertFalse(vault.isUnlocked());
            assertEquals(VaultProblem.LOCKED,
                    assertThrows(VaultException.class, () -> vault.get(id)).reason());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void wrongPasswordLeavesAnUnlockedVaultUnlocked() throws Exception {
        try (Vault vault = Vault.create(dir.resolve("vault.db"), password(), cheapOptions())) {
            VaultItem item = VaultItem.create(ItemKind.CREDENTIAL, bytes("kept"));
            vault.put(item);
            assertThrows(VaultException.class, () -> vault.unlock("wrong".toCharArray()));
            assertEquals(item, vault.get(item.id()).orElseThrow());
        }
    }

    @Test
    void toStringShowsNoPayload() {
        VaultItem item = VaultItem.create(ItemKind.KEY_PAIR, TestVaults.keyPairJson());
        assertFalse(item.toString().contains(TestVaults.NAME));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
