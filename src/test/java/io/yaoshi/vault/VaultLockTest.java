package io.yaoshi.vault;

import static io.yaoshi.vault.TestVaults.cheapOptions;
import static io.yaoshi.vault.TestVaults.password;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.VaultProblem;
import io.yaoshi.testing.MutableClock;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class VaultLockTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock();
    private final VaultItem item = VaultItem.create(ItemKind.KEY_PAIR, TestVaults.keyPairJson());

    @Test
    void lockWipesAndRefusesEveryItemOperation() throws Exception {
        try (Vault vault = Vault.create(dir.resolve("vault.db"), password(), cheapOptions())) {
            vault.put(item);
            vault.lock();

            assertFalse(vault.isUnlocked());
            assertLocked(() -> vault.get(item.id()));
            assertLocked(vault::list);
            assertLocked(() -> vault.list(ItemKind.KEY_PAIR));
            assertLocked(() -> vault.put(item));
            assertLocked(() -> vault.putAll(List.of(item)));
            assertLocked(() -> vault.remove(item.id()));

            vault.unlock(password());
            assertEquals(item, vault.get(item.id()).orElseThrow());
        }
    }

    @Test
    void lockZeroesTheDecryptedPayloadsAndTheDataKey() {
        byte[] dataKey = new byte[VaultCrypto.KEY_BYTES];
        Arrays.fill(dataKey, (byte) 7);
        UnlockedItems unlocked = new UnlockedItems(new ItemCipher(dataKey, new byte[16], new SecureRandom()));
        SealedItem sealed = unlocked.seal(List.of(item)).get(0);
        unlocked.fingerprint(sealed);
        ItemHead head = unlocked.openHead(sealed).orElseThrow();
        VaultItem kept = VaultItem.adopt(item.id(), head.kind(), head.payloadCopy());
        head.wipe();
        unlocked.keep(kept);

        unlocked.wipe();

        assertArrayEquals(new byte[VaultCrypto.KEY_BYTES], dataKey);
        assertArrayEquals(new byte[item.payloadLength()], kept.payload());
        assertTrue(unlocked.ids(Optional.empty()).isEmpty());
    }

    @Test
    void idleVaultLocksAtItsNextOperation() throws Exception {
        VaultOptions options = cheapOptions().withClock(clock).withIdleTimeout(Duration.ofMinutes(5));
        try (Vault vault = Vault.create(dir.resolve("vault.db"), password(), options)) {
            vault.put(item);
            clock.advance(Duration.ofMinutes(4));
            vault.get(item.id()); // touches the timer
            clock.advance(Duration.ofMinutes(4));
            assertTrue(vault.isUnlocked());

            clock.advance(Duration.ofMinutes(1));

            assertLocked(() -> vault.get(item.id()));
        }
    }

    @Test
    void zeroIdleTimeoutNeverLocks() throws Exception {
        VaultOptions options = cheapOptions().withClock(clock).withIdleTimeout(Duration.ZERO);
        try (Vault vault = Vault.create(dir.resolve("vault.db"), password(), options)) {
            clock.advance(Duration.ofDays(30));
            assertTrue(vault.isUnlocked());
        }
    }

    private static void assertLocked(Executable operation) {
        assertEquals(VaultProblem.LOCKED, assertThrows(VaultException.class, operation).reason());
    }
}
