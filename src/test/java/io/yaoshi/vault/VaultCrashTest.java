package io.yaoshi.vault;

import static io.yaoshi.vault.TestVaults.cheapOptions;
import static io.yaoshi.vault.TestVaults.password;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.VaultProblem;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL at random moments never loses a committed write, never corrupts the file, and never
 * leaves a password change half done.
 */
class VaultCrashTest {

    private static final int KILLS = 20;
    private static final int PASSWORD_KILLS = 8;

    @TempDir
    Path dir;

    @Test
    void everyCommittedWriteSurvivesSigkill() throws Exception {
        Path file = dir.resolve("vault.db");
        Vault.create(file, password(), cheapOptions()).close();
        Set<UUID> committed = new HashSet<>();
        Random random = new Random(20261201L); // the kill moments vary, the same way every run
        for (int round = 0; round < KILLS; round++) {
            try (ChildJvm writer = ChildJvm.start(CrashWriterMain.class, file.toString())) {
                assertEquals("ready", writer.nextLine(30, TimeUnit.SECONDS), "round " + round);
                Thread.sleep(random.nextInt(200));
                writer.kill();
                committed.addAll(writer.remainingLines().stream().filter(line -> line.length() == 36)
                        .map(UUID::fromString).toList());
            }
            assertVaultHolds(file, committed, round);
        }
        assertTrue(committed.size() > KILLS, "the writer should have committed items: " + committed.size());
    }

    @Test
    void passwordChangeIsAtomicUnderSigkill() throws Exception {
        Path file = dir.resolve("vault.db");
        VaultItem item = VaultItem.create(ItemKind.CREDENTIAL, TestVaults.credentialJson());
        try (Vault vault = Vault.create(file, "p0".toCharArray(), cheapOptions())) {
            vault.put(item);
        }
        int current = 0;
        Random random = new Random(20261202L);
        for (int round = 0; round < PASSWORD_KILLS; round++) {
            List<String> reported;
            try (ChildJvm changer = ChildJvm.start(PasswordChangerMain.class, file.toString(), "" + current)) {
                assertEquals("ready", changer.nextLine(30, TimeUnit.SECONDS), "round " + round);
                Thread.sleep(100 + random.nextInt(300)); // the first change pays for class loading
                changer.kill();
                reported = changer.remainingLines().stream().filter(line -> line.matches("p[0-9]+")).toList();
            }
            if (!reported.isEmpty()) {
                current = Integer.parseInt(reported.get(reported.size() - 1).substring(1));
            }
            current = opensWithThisOrTheNextPassword(file, current, item, round);
        }
        assertTrue(current > PASSWORD_KILLS, "the changer should have committed changes: " + current);
    }

    /** The last reported password, or the next one if the kill fell between commit and print; returns which. */
    private static int opensWithThisOrTheNextPassword(Path file, int n, VaultItem item, int round) throws Exception {
        try (Vault vault = Vault.open(file, cheapOptions())) {
            assertEquals("ok", vault.integrityCheck(), "round " + round);
            for (int candidate : new int[] {n, n + 1}) {
                try {
                    assertEquals(List.of(item), vault.unlock(("p" + candidate).toCharArray()).items());
                    return candidate;
                } catch (VaultException e) {
                    assertEquals(VaultProblem.WRONG_PASSWORD, e.reason());
                }
            }
        }
        throw new AssertionError("round " + round + ": neither p" + n + " nor p" + (n + 1) + " opens the vault");
    }

    private static void assertVaultHolds(Path file, Set<UUID> committed, int round) throws Exception {
        try (Vault vault = Vault.open(file, cheapOptions())) {
            assertEquals("ok", vault.integrityCheck(), "round " + round);
            UnlockReport report = vault.unlock(password());
            assertEquals(List.of(), report.damagedItemIds(), "round " + round);
            Set<UUID> present = vault.list().stream().map(VaultItem::id).collect(Collectors.toSet());
            assertTrue(present.containsAll(committed), "round " + round + ": lost committed writes");
        }
    }
}
