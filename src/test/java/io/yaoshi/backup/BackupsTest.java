package io.yaoshi.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.Tag;
import io.yaoshi.history.History;
import io.yaoshi.history.HistoryEntry;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.ByteSearch;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    private static final char[] NEW_PASSWORD = "a quite different password 2026".toCharArray();

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private VaultSession vault;
    private History history;
    private Backups backups;
    private KeyPairService keys;

    @BeforeEach
    void createVault() throws Exception {
        vault = new VaultSession(dir.resolve("data/vault.db"), Fixtures.cheapVault());
        history = new History(vault, clock);
        vault.recordEventsWith(history);
        backups = new Backups(vault, history, Fixtures.cheapVault(), clock);
        vault.create(Fixtures.password());
        keys = Fixtures.keyService(vault);
        keys.create(new KeyPairSpec(Placement.local(), "zz-web-prod-17", List.of(new Tag("owner", "zz-team-blue")),
                KeyAlgorithm.ED25519, CreateMode.IMPORT));
        keys.create(new KeyPairSpec(Placement.local(), "zz-db-main-18", List.of(), KeyAlgorithm.ECDSA_P256,
                CreateMode.IMPORT));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void aRestoredVaultHoldsTheSameKeyPairsAndRecordsTheRestore() throws Exception {
        Path backup = dir.resolve("out/vault.yaoshi-backup");
        Files.createDirectories(backup.getParent());
        backups.backUp(backup, Backups.Trigger.MANUAL);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        assertEquals("vault.backup", last(history).action());

        Path restored = dir.resolve("elsewhere/restored.db");
        RestoreOutcome outcome = backups.restore(backup, restored, Fixtures.password());

        assertEquals(2, outcome.keyPairs());
        assertEquals(List.of("restored.db"), names(restored.getParent()), "nothing left beside it");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(restored)));
        try (VaultSession copy = new VaultSession(restored, Fixtures.cheapVault())) {
            History copyHistory = new History(copy, clock);
            copy.recordEventsWith(copyHistory);
            copy.unlock(Fixtures.password());
            assertEquals(summary(vault.keyPairs()), summary(copy.keyPairs()));
            assertEquals("vault.restore", last(copyHistory).action());
            assertTrue(copyHistory.verify().intact());
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingIsWritten() throws Exception {
        Path backup = dir.resolve("vault.yaoshi-backup");
        backups.backUp(backup, Backups.Trigger.MANUAL);
        byte[] bytes = Files.readAllBytes(backup);
        Path flipped = dir.resolve("flipped.yaoshi-backup");
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(flipped, bytes);
        Path cut = dir.resolve("cut.yaoshi-backup");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(backup), bytes.length - 100));

        for (Path damaged : List.of(flipped, cut)) {
            Path target = dir.resolve("target/vault.db");
            BackupException e = assertThrows(BackupException.class,
                    () -> backups.restore(damaged, target, Fixtures.password()));
            assertEquals(BackupException.Problem.DAMAGED, e.problem(), damaged.toString());
            assertEquals(List.of(), names(target.getParent()));
        }
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a backup");
        assertEquals(BackupException.Problem.NOT_A_BACKUP, assertThrows(BackupException.class,
                () -> backups.restore(text, dir.resolve("target/vault.db"), Fixtures.password())).problem());
    }

    @Test
    void anExistingFileIsNeverRestoredOver() throws Exception {
        Path backup = dir.resolve("vault.yaoshi-backup");
        backups.backUp(backup, Backups.Trigger.MANUAL);
        Path existing = Files.writeString(dir.resolve("existing.db"), "mine");
        assertEquals(BackupException.Problem.TARGET_EXISTS, assertThrows(BackupException.class,
                () -> backups.restore(backup, existing, Fixtures.password())).problem());
        assertEquals("mine", Files.readString(existing));
    }

    @Test
    void aBackupFromBeforeAPasswordChangeSaysWhichPasswordItNeeds() throws Exception {
        Path before = dir.resolve("before.yaoshi-backup");
        backups.backUp(before, Backups.Trigger.MANUAL);
        java.time.Instant created = history.entries().get(0).time();
        clock.advance(Duration.ofDays(3));
        vault.changePassword(Fixtures.password(), NEW_PASSWORD.clone());
        Path after = dir.resolve("after.yaoshi-backup");
        backups.backUp(after, Backups.Trigger.MANUAL);

        BackupException old = assertThrows(BackupException.class,
                () -> backups.restore(before, dir.resolve("r1/vault.db"), NEW_PASSWORD.clone()));
        assertEquals(BackupException.Problem.WRONG_PASSWORD, old.problem());
        assertEquals(Optional.of(created), old.info().orElseThrow().passwordSetAt());
        assertFalse(Files.exists(dir.resolve("r1/vault.db")));

        assertEquals(BackupException.Problem.WRONG_PASSWORD, assertThrows(BackupException.class,
                () -> backups.restore(after, dir.resolve("r2/vault.db"), Fixtures.password())).problem());
        assertEquals(Optional.of(clock.instant()), Backups.info(after).passwordSetAt());
        assertEquals(2, backups.restore(after, dir.resolve("r3/vault.db"), NEW_PASSWORD.clone()).keyPairs());
    }

    @Test
    void automaticBackupsComeAtMostDailyAndOnlyTheNewestAreKept() throws Exception {
        AutomaticBackups automatic = new AutomaticBackups(backups, dir.resolve("data/backups"), clock);
        automatic.follow(() -> new BackupPolicy(true, 3));
        history.afterEachChange(automatic::afterChange);
        List<Path> seen = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            for (int change = 0; change < 3; change++) {
                clock.advance(Duration.ofHours(1));
                keys.setTags(vault.keyPairs().get(0).id(), List.of(new Tag("n", day + "-" + change)));
            }
            seen.add(automatic.files().get(0));
            clock.advance(Duration.ofHours(21));
        }
        assertEquals(5, seen.stream().distinct().count(), "one new backup each day");
        List<Path> kept = automatic.files();
        assertEquals(List.of(seen.get(4), seen.get(3), seen.get(2)), kept, "the newest three, newest first");
        assertEquals(kept.get(0), seen.get(4));
        assertEquals(Optional.of(Backups.info(kept.get(0)).created()), automatic.latest());

        clock.advance(Duration.ofMinutes(5));
        vault.changePassword(Fixtures.password(), NEW_PASSWORD.clone());
        Path afterChange = automatic.files().get(0);
        assertFalse(seen.contains(afterChange), "a password change is backed up at once");
        assertEquals(2, backups.restore(afterChange, dir.resolve("r/vault.db"), NEW_PASSWORD.clone()).keyPairs(),
                "opens with the new password");
    }

    @Test
    void backupsHoldNoNameTagOrKeyMaterialInPlaintext() throws Exception {
        KeyPairRecord web = vault.keyPairs().get(0);
        String privatePem = new String(keys.export(web.id(), ExportFormat.PKCS8, null), StandardCharsets.UTF_8);
        String keyBody = privatePem.lines().filter(line -> !line.startsWith("-----")).findFirst().orElseThrow();
        Path backup = dir.resolve("vault.yaoshi-backup");
        backups.backUp(backup, Backups.Trigger.MANUAL);
        assertEquals(List.of(), ByteSearch.findings(List.of(backup), List.of("zz-web-prod-17", "zz-db-main-18",
                "zz-team-blue", web.id().value(), keyBody, web.publicKey().split(" ")[1].substring(0, 40))));
    }

    @Test
    void aDamagedItemIsRecoveredFromTheNewestBackupThatHoldsItIntact() throws Exception {
        AutomaticBackups automatic = new AutomaticBackups(backups, dir.resolve("data/backups"), clock);
        history.afterEachChange(automatic::afterChange);
        KeyPairRecord web = vault.keyPairs().stream().filter(k -> k.name().equals("zz-web-prod-17")).findFirst()
                .orElseThrow();
        clock.advance(Duration.ofDays(1));
        keys.setTags(web.id(), List.of(new Tag("stage", "old"))); // backed up automatically with this tag
        clock.advance(Duration.ofHours(1));
        keys.setTags(web.id(), List.of(new Tag("stage", "new"))); // within the day: not backed up
        vault.close();
        io.yaoshi.testing.VaultDamage.flipCiphertextByte(dir.resolve("data/vault.db"), web.id());

        vault = new VaultSession(dir.resolve("data/vault.db"), Fixtures.cheapVault());
        history = new History(vault, clock);
        vault.recordEventsWith(history);
        backups = new Backups(vault, history, Fixtures.cheapVault(), clock);
        assertEquals(List.of(web.id().value()), vault.unlock(Fixtures.password()).damaged().stream()
                .map(d -> d.id()).toList());
        assertEquals(1, vault.keyPairs().size());

        Recovery recovery = backups.recover(List.of(web.id().value()), automatic.files(), Fixtures.password());

        assertEquals(List.of(web.id().value()), List.copyOf(recovery.recovered().keySet()));
        assertEquals(List.of(), recovery.notFound());
        assertEquals(List.of(new Tag("stage", "old")), vault.find(web.id()).orElseThrow().tags(),
                "the newest copy a backup holds");
        assertEquals(List.of(), vault.damagedItems());
        assertEquals("vault.recover", last(history).action());
        vault.close();
        vault = new VaultSession(dir.resolve("data/vault.db"), Fixtures.cheapVault());
        assertEquals(List.of(), vault.unlock(Fixtures.password()).damaged(), "for good");
        assertTrue(vault.find(web.id()).orElseThrow().hasPrivateKey());
    }

    private static HistoryEntry last(History history) throws Exception {
        List<HistoryEntry> entries = history.entries();
        return entries.get(entries.size() - 1);
    }

    private static List<String> summary(List<KeyPairRecord> keys) {
        return keys.stream().map(k -> k.id().value() + " " + k.fingerprints().sha256()).sorted().toList();
    }

    private static List<String> names(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
