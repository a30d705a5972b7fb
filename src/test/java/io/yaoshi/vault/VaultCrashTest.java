package io.yaoshi.vault;

import static io.yaoshi.vault.TestVaults.cheapOptions;
import static io.yaoshi.vault.TestVaults.password;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** A writer process killed with SIGKILL at random moments never loses a committed write or corrupts the file. */
class VaultCrashTest {

    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void everyCommittedWriteSurvivesSigkill() throws Exception {
        Path file = dir.resolve("vault.db");
        Vault.create(file, password(), cheapOptions()).close();
        Set<UUID> committed = new HashSet<>();
        Random random = new Random();
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

    private static void assertVaultHolds(Path file, Set<UUID> committed, int round) throws Exception {
        try (Vault vault = Vault.open(file, cheapOptions())) {
            assertEquals("ok", vault.integrityCheck(), "round " + round);
            UnlockReport report = vault.unlock(password());
            assertEquals(List.of(), report.damagedItemIds(), "round " + round);
            Set<UUID> present = report.items().stream().map(VaultItem::id).collect(Collectors.toSet());
            assertTrue(present.containsAll(committed), "round " + round + ": lost committed writes");
        }
    }
}
