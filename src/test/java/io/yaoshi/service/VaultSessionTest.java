package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.Tag;
import io.yaoshi.domain.VaultProblem;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.vault.SealCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultSessionTest {

    @TempDir
    Path dir;

    private VaultSession created() throws Exception {
        VaultSession session = new VaultSession(dir.resolve("sub/vault.db"), Fixtures.cheapVault());
        session.create(Fixtures.password());
        return session;
    }

    @Test
    void aShortPasswordCreatesNothing() {
        VaultSession session = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        var e = assertThrows(ValidationException.class, () -> session.create("short".toCharArray()));
        assertEquals("Password.TooShort", e.validation().errors().get(0).code());
        assertFalse(Files.exists(dir.resolve("vault.db")));
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        try (VaultSession first = created()) {
            first.save(List.of(Fixtures.record("k1", Placement.local(), List.of())), Map.of());
        }
        VaultSession second = new VaultSession(dir.resolve("sub/vault.db"), Fixtures.cheapVault());
        var e = assertThrows(VaultAccessException.class, () -> second.create(Fixtures.password()));
        assertEquals(VaultProblem.ALREADY_EXISTS, e.problem());
        second.unlock(Fixtures.password());
        assertEquals(1, second.keyPairs().size());
        second.close();
    }

    @Test
    void keyPairsSurviveLockAndUnlockFieldForField() throws Exception {
        KeyPairRecord chinese = Fixtures.record("密钥对-Prod:01_主", Placement.aliyun("cn-hangzhou", "rg-1"),
                List.of(new Tag("环境", "生产"), new Tag("owner", ""), new Tag("a", "b")));
        char[] pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIO\n-----END PRIVATE KEY-----\n".toCharArray();
        try (VaultSession session = created()) {
            session.save(List.of(chinese), Map.of(chinese.id(), pem));
            session.lock();
            assertFalse(session.isUnlocked());
            assertThrows(VaultAccessException.class, session::keyPairs);

            assertEquals(new VaultSession.UnlockOutcome(1, 1, List.of(), SealCheck.intact(1)), session.unlock(Fixtures.password()));
            assertEquals(List.of(chinese), session.keyPairs());
            assertArrayEquals(pem, session.privateKey(chinese.id()).orElseThrow());
        }
    }

    @Test
    void aWrongPasswordUnlocksNothing() throws Exception {
        try (VaultSession session = created()) {
            session.save(List.of(Fixtures.record("k1", Placement.local(), List.of())), Map.of());
            session.lock();
            var e = assertThrows(VaultAccessException.class, () -> session.unlock("wrong password!".toCharArray()));
            assertEquals(VaultProblem.WRONG_PASSWORD, e.problem());
            assertFalse(session.isUnlocked());
        }
    }

    @Test
    void changingMetadataKeepsThePrivateKey() throws Exception {
        KeyPairRecord key = Fixtures.record("k1", Placement.local(), List.of());
        char[] pem = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n".toCharArray();
        try (VaultSession session = created()) {
            session.save(List.of(key), Map.of(key.id(), pem));
            session.save(List.of(key.withTags(List.of(new Tag("env", "prod")))), Map.of());
            session.lock();
            session.unlock(Fixtures.password());
            assertEquals(List.of(new Tag("env", "prod")), session.keyPairs().get(0).tags());
            assertArrayEquals(pem, session.privateKey(key.id()).orElseThrow());
        }
    }

    @Test
    void aSecondSessionOnTheSameVaultIsRefused() throws Exception {
        try (VaultSession session = created()) {
            session.lock();
            session.unlock(Fixtures.password());
            VaultSession other = new VaultSession(dir.resolve("sub/vault.db"), Fixtures.cheapVault());
            var e = assertThrows(VaultAccessException.class, () -> other.unlock(Fixtures.password()));
            assertEquals(VaultProblem.IN_USE, e.problem());
            assertTrue(session.isUnlocked());
        }
    }

    @Test
    void aVaultOpenedAheadOfItsPasswordHoldsTheFileAndUnlocksWithIt() throws Exception {
        try (VaultSession first = created()) {
            first.save(List.of(Fixtures.record("k1", Placement.local(), List.of())), Map.of());
        }
        try (VaultSession session = new VaultSession(dir.resolve("sub/vault.db"), Fixtures.cheapVault())) {
            session.open();
            session.open(); // harmless when open
            assertFalse(session.isUnlocked());
            VaultSession other = new VaultSession(dir.resolve("sub/vault.db"), Fixtures.cheapVault());
            assertEquals(VaultProblem.IN_USE,
                    assertThrows(VaultAccessException.class, other::open).problem());
            assertEquals(1, session.unlock(Fixtures.password()).keyPairs());
        }
    }

    @Test
    void openingAheadSaysWhatIsWrongWithTheFileBeforeAnyPassword() throws Exception {
        VaultSession none = new VaultSession(dir.resolve("none.db"), Fixtures.cheapVault());
        assertEquals(VaultProblem.NO_VAULT, assertThrows(VaultAccessException.class, none::open).problem());
        Path notAVault = dir.resolve("notes.db");
        Files.writeString(notAVault, "not a database at all, just some text that is long enough to look like one");
        VaultSession session = new VaultSession(notAVault, Fixtures.cheapVault());
        assertEquals(VaultProblem.NOT_A_VAULT, assertThrows(VaultAccessException.class, session::open).problem());
        assertFalse(session.isUnlocked());
    }

    @Test
    void unlockingWithoutAVaultSaysSo() {
        VaultSession session = new VaultSession(dir.resolve("none.db"), Fixtures.cheapVault());
        var e = assertThrows(VaultAccessException.class, () -> session.unlock(Fixtures.password()));
        assertEquals(VaultProblem.NO_VAULT, e.problem());
    }

    @Test
    void aDamagedItemIsReportedByIdAndKeptThroughLaterWrites() throws Exception {
        KeyPairRecord sound = Fixtures.record("sound", Placement.local(), List.of());
        KeyPairRecord broken = Fixtures.record("broken", Placement.local(), List.of());
        try (VaultSession session = created()) {
            session.save(List.of(sound, broken), Map.of());
        }
        io.yaoshi.testing.VaultDamage.flipCiphertextByte(dir.resolve("sub/vault.db"), broken.id());
        List<DamagedItem> expected = List.of(new DamagedItem(broken.id().value(),
                DamagedItem.Problem.FAILED_AUTHENTICATION));

        try (VaultSession session = new VaultSession(dir.resolve("sub/vault.db"), Fixtures.cheapVault())) {
            assertEquals(new VaultSession.UnlockOutcome(1, 2, expected, SealCheck.intact(2)), session.unlock(Fixtures.password()));
            assertEquals(expected, session.damagedItems());
            assertEquals(List.of(sound), session.keyPairs());
            // a later write must not drop the damaged row: it is kept for recovery
            session.save(List.of(Fixtures.record("new", Placement.local(), List.of())), Map.of());
            session.lock();
            assertEquals(expected, session.unlock(Fixtures.password()).damaged());
        }
    }

    @Test
    void aDamagedPrivateKeyIsSaidWhenItIsReadAndFoundByAWholeCheck() throws Exception {
        KeyPairRecord key = Fixtures.record("k1", Placement.local(), List.of(new Tag("env", "prod")));
        char[] pem = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n".repeat(20).toCharArray();
        try (VaultSession session = created()) {
            session.save(List.of(key), Map.of(key.id(), pem));
        }
        io.yaoshi.testing.VaultDamage.flipPrivateKeyByte(dir.resolve("sub/vault.db"), key.id());

        try (VaultSession session = new VaultSession(dir.resolve("sub/vault.db"), Fixtures.cheapVault())) {
            assertEquals(new VaultSession.UnlockOutcome(1, 1, List.of(), SealCheck.intact(1)),
                    session.unlock(Fixtures.password()), "the listing is sound: an unlock reads no private key");
            assertEquals(List.of(key), session.keyPairs());
            var e = assertThrows(VaultAccessException.class, () -> session.privateKey(key.id()));
            assertEquals(VaultProblem.ITEM_DAMAGED, e.problem());
            List<DamagedItem> expected = List.of(new DamagedItem(key.id().value(),
                    DamagedItem.Problem.FAILED_AUTHENTICATION));
            assertEquals(expected, session.checkEveryItem().damaged());
            assertEquals(expected, session.damagedItems());
        }
    }

    @Test
    void aRemovedKeyPairIsReportedUntilTheVaultIsAcceptedAsItIs() throws Exception {
        KeyPairRecord kept = Fixtures.record("kept", Placement.local(), List.of());
        KeyPairRecord removed = Fixtures.record("removed", Placement.local(), List.of());
        try (VaultSession session = created()) {
            session.save(List.of(kept, removed), Map.of());
        }
        io.yaoshi.testing.VaultDamage.deleteRow(dir.resolve("sub/vault.db"), removed.id());

        try (VaultSession session = new VaultSession(dir.resolve("sub/vault.db"), Fixtures.cheapVault())) {
            VaultSession.UnlockOutcome outcome = session.unlock(Fixtures.password());
            assertEquals(SealCheck.Status.ALTERED, outcome.seal().status());
            assertTrue(outcome.foundProblems());
            assertEquals(List.of(kept), session.keyPairs());
            session.acceptContentsAsTheyAre();
            assertEquals(SealCheck.intact(1), session.sealCheck());
            session.lock();
            assertFalse(session.unlock(Fixtures.password()).foundProblems());
        }
    }
}
