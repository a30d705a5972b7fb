package io.yaoshi.ui.keylist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.domain.Tag;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.DamagedItem;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.VaultDamage;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import io.yaoshi.ui.keyrow.KeyRow;
import io.yaoshi.ui.keyrow.KeyRowFormatter;
import io.yaoshi.vault.SealCheck;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key list over a real vault: filters answered by the service's index, selection, and damage found at unlock. */
class KeyListViewModelTest {

    @TempDir
    Path dir;

    private final KeyPairRecord web = Fixtures.record("web", Placement.aliyun("cn-hangzhou", ""),
            List.of(new Tag("env", "prod")));
    private final KeyPairRecord db = Fixtures.record("db", Placement.aliyun("cn-qingdao", ""),
            List.of(new Tag("env", "staging")));
    private final KeyPairRecord laptop = Fixtures.record("laptop", Placement.local(), List.of(new Tag("owner", "")));
    private final KeyPairRecord build = Fixtures.record("build", Placement.ucloud("cn-bj2", "cn-bj2-02", "org-1"),
            List.of(new Tag("env", "prod")));

    private VaultSession vault;
    private KeyListViewModel list;

    @BeforeEach
    void fourKeyPairs() throws Exception {
        vault = new VaultSession(vaultFile(), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        vault.save(List.of(web, db, laptop, build), Map.of());
        list = list(Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private Path vaultFile() {
        return dir.resolve("vault.db");
    }

    private KeyListViewModel list(Locale locale) {
        Messages text = Messages.forLocale(locale);
        return new KeyListViewModel(() -> Fixtures.keyService(vault),
                new BackgroundRunner(new DirectExecutorService(), Runnable::run), text,
                new KeyRowFormatter(text, RegionCatalog.bundled(), ZoneId.of("UTC")));
    }

    private List<String> visibleNames() {
        return list.visibleRows().stream().map(KeyRow::name).toList();
    }

    /** Closes the vault, lets {@code damage} change its file, and unlocks it again as the app would at start. */
    private VaultSession.UnlockOutcome reopenAfter(FileDamage damage) throws Exception {
        vault.close();
        damage.apply(vaultFile());
        vault = new VaultSession(vaultFile(), Fixtures.cheapVault());
        VaultSession.UnlockOutcome outcome = vault.unlock(Fixtures.password());
        list = list(Locale.ENGLISH);
        list.reload();
        return outcome;
    }

    private interface FileDamage {
        void apply(Path file) throws Exception;
    }

    @Test
    void searchAndTagFiltersNarrowTheRowsAndTheCountSaysOfHowMany() {
        list.reload();
        assertEquals(List.of("web", "db", "laptop", "build"), visibleNames());
        assertEquals("4 key pairs", list.countTextBinding().get());

        list.searchProperty().set("WE");
        assertEquals(List.of("web"), visibleNames(), "the name matches ignoring case");
        assertEquals("1 of 4 key pairs", list.countTextBinding().get());

        list.searchProperty().set("");
        list.tagFilterProperty().set("env=prod");
        assertEquals(List.of("web", "build"), visibleNames());
        list.tagFilterProperty().set(" env ");
        assertEquals(List.of("web", "db", "build"), visibleNames(), "a key alone matches any value");
        list.tagFilterProperty().set("env=prod owner");
        assertEquals(List.of(), visibleNames(), "every tag condition must hold");
        assertEquals("0 of 4 key pairs", list.countTextBinding().get());
        assertTrue(list.hasKeysBinding().get(), "the vault is not empty, only the filter matches nothing");

        list.clearFilters();
        assertEquals(List.of("web", "db", "laptop", "build"), visibleNames());
        assertEquals("", list.tagFilterProperty().get());
        assertEquals("4 key pairs", list.countTextBinding().get());
    }

    @Test
    void aProviderOffersOnlyItsOwnRegionsAndARegionNoLongerOfferedIsDropped() {
        list.reload();
        assertEquals(List.of("", "cn-bj2", "cn-hangzhou", "cn-qingdao"), list.regionOptions());
        assertEquals("All providers", list.providerLabel(KeyListViewModel.ALL_PROVIDERS));
        assertEquals("Aliyun", list.providerLabel(Optional.of(ProviderId.ALIYUN)));

        list.providerProperty().set(Optional.of(ProviderId.ALIYUN));
        assertEquals(List.of("web", "db"), visibleNames());
        assertEquals(List.of("", "cn-hangzhou", "cn-qingdao"), list.regionOptions());
        assertEquals("All regions", list.regionLabel(KeyListViewModel.ALL_REGIONS));
        assertEquals("China (Qingdao)", list.regionLabel("cn-qingdao"));

        list.regionProperty().set("cn-qingdao");
        assertEquals(List.of("db"), visibleNames());

        list.providerProperty().set(Optional.of(ProviderId.UCLOUD));
        assertEquals(KeyListViewModel.ALL_REGIONS, list.regionProperty().get(), "UCloud has no cn-qingdao here");
        assertEquals(List.of("", "cn-bj2"), list.regionOptions());
        assertEquals(List.of("build"), visibleNames());
    }

    @Test
    void reloadAndSelectSelectsTheKeyPairAsTheVaultHoldsItNow() throws Exception {
        list.reload();
        assertNull(list.selectedProperty().get());
        KeyPairRecord added = Fixtures.record("added", Placement.local(), List.of(new Tag("team", "ops")));
        vault.save(List.of(added), Map.of());

        list.reloadAndSelect(added.id());

        assertEquals(added, list.selectedProperty().get().key());
        assertEquals(List.of("team = ops"), list.selectedProperty().get().tagChips());
        assertEquals(List.of(web, db, laptop, build, added), list.allKeys());
        assertEquals("5 key pairs", list.countTextBinding().get());
    }

    @Test
    void clearingOnLockForgetsRowsSelectionAndDamageButKeepsTheChosenRegion() throws Exception {
        list.reloadAndSelect(web.id());
        list.providerProperty().set(Optional.of(ProviderId.ALIYUN));
        list.regionProperty().set("cn-hangzhou");
        list.findings().show(new VaultSession.UnlockOutcome(4, 5,
                List.of(new DamagedItem("0f0e0d0c-0000-4000-8000-000000000001",
                        DamagedItem.Problem.FAILED_AUTHENTICATION)), SealCheck.intact(5)), () -> null, NO_RECOVERY);
        assertEquals("1 item of the vault could not be read", list.findings().titleProperty().get());

        list.clear();

        assertEquals(List.of(), list.allKeys());
        assertEquals(List.of(), list.visibleRows());
        assertNull(list.selectedProperty().get());
        assertEquals("", list.findings().titleProperty().get());
        assertEquals("", list.findings().detailsProperty().get());
        assertFalse(list.hasKeysBinding().get());
        assertEquals("No key pairs", list.countTextBinding().get());
        assertEquals(List.of(KeyListViewModel.ALL_REGIONS), list.regionOptions());
        assertEquals("cn-hangzhou", list.regionProperty().get(), "chosen again for the next unlock");
        assertEquals("China (Hangzhou)", list.regionLabel("cn-hangzhou"));
    }

    private static final DamageRecovery NO_RECOVERY = (ids, password) -> {
        throw new AssertionError("not asked to recover");
    };

    @Test
    void damagedItemsOfferRecoveryWhichSaysWhatCameBackAndWipesThePassword() throws Exception {
        VaultSession.UnlockOutcome outcome = reopenAfter(file -> VaultDamage.flipCiphertextByte(file, db.id()));
        char[] password = "backup password".toCharArray();
        List<List<String>> asked = new java.util.ArrayList<>();
        list.findings().show(outcome, () -> null, (ids, typed) -> {
            asked.add(ids);
            return new io.yaoshi.backup.Recovery(java.util.Map.of(db.id().value(), java.time.Instant.now()),
                    List.of(), 1);
        });
        assertTrue(list.findings().canRecoverProperty().get());

        list.findings().recover(password);

        assertEquals(List.of(List.of(db.id().value())), asked);
        assertEquals("\0".repeat(password.length), new String(password), "wiped once used");
        assertFalse(list.findings().canRecoverProperty().get(), "nothing left to recover");
        assertEquals("Recovered from the backups", list.findings().titleProperty().get());
        assertTrue(list.findings().detailsProperty().get().startsWith("1 item came back from the newest backup"),
                list.findings().detailsProperty().get());
        assertTrue(list.findings().detailsProperty().get().contains("One backup did not open with this password"));
    }

    @Test
    void anItemThatDoesNotAuthenticateIsNamedButOffersNoAcceptance() throws Exception {
        VaultSession.UnlockOutcome outcome = reopenAfter(file -> VaultDamage.flipCiphertextByte(file, db.id()));
        int[] accepted = {0};

        list.findings().show(outcome, () -> accepted[0]++, NO_RECOVERY);

        assertEquals(List.of("web", "laptop", "build"), visibleNames());
        assertEquals("1 item of the vault could not be read", list.findings().titleProperty().get());
        String details = list.findings().detailsProperty().get();
        assertTrue(details.startsWith("It fails the integrity check: the vault file was changed on disk"), details);
        assertTrue(details.endsWith("ID: " + db.id().value()), details);
        assertFalse(list.findings().canAcceptProperty().get());

        list.findings().dismiss();
        assertEquals("", list.findings().titleProperty().get());
        assertEquals("", list.findings().detailsProperty().get());
        assertEquals(0, accepted[0]);

        KeyListViewModel chinese = list(Locale.SIMPLIFIED_CHINESE);
        chinese.findings().show(outcome, () -> null, NO_RECOVERY);
        assertEquals("保险库中有 1 项无法读取", chinese.findings().titleProperty().get());
    }

    @Test
    void aRemovedKeyPairIsReportedUntilTheVaultIsAcceptedAsItIs() throws Exception {
        VaultSession.UnlockOutcome outcome = reopenAfter(file -> VaultDamage.deleteRow(file, db.id()));

        list.findings().show(outcome, () -> {
            vault.acceptContentsAsTheyAre();
            return null;
        }, NO_RECOVERY);

        assertEquals("The vault's contents were changed outside Yaoshi", list.findings().titleProperty().get());
        assertTrue(list.findings().detailsProperty().get().startsWith("Yaoshi last saved 4 items; the file now holds 3."),
                list.findings().detailsProperty().get());
        assertTrue(list.findings().canAcceptProperty().get());

        list.findings().accept();

        assertEquals("", list.findings().titleProperty().get());
        assertFalse(list.findings().canAcceptProperty().get());
        assertEquals(SealCheck.intact(3), vault.sealCheck());
        vault.lock();
        assertFalse(vault.unlock(Fixtures.password()).foundProblems(), "the next unlock finds the vault as sealed");
    }

    @Test
    void anAcceptanceThatFailsSaysWhyAndCanBeTriedAgain() throws Exception {
        VaultSession.UnlockOutcome outcome = reopenAfter(file -> VaultDamage.deleteRow(file, db.id()));
        list.findings().show(outcome, () -> {
            vault.acceptContentsAsTheyAre();
            return null;
        }, NO_RECOVERY);
        vault.lock();

        list.findings().accept();

        assertEquals("The vault's contents were changed outside Yaoshi", list.findings().titleProperty().get());
        String details = list.findings().detailsProperty().get();
        assertTrue(details.startsWith("The vault is locked; unlock it first.\n\nYaoshi last saved 4 items"), details);
        assertTrue(list.findings().canAcceptProperty().get());
        assertTrue(vault.unlock(Fixtures.password()).seal().isAltered(), "nothing was sealed");
    }

    @Test
    void acceptingTheAlterationKeepsTheReportOfItemsThatCannotBeRead() throws Exception {
        VaultSession.UnlockOutcome outcome = reopenAfter(file -> {
            VaultDamage.flipCiphertextByte(file, web.id());
            VaultDamage.deleteRow(file, db.id());
        });
        list.findings().show(outcome, () -> {
            vault.acceptContentsAsTheyAre();
            return null;
        }, NO_RECOVERY);
        assertEquals("The vault's contents were changed outside Yaoshi · 1 item of the vault could not be read",
                list.findings().titleProperty().get());

        list.findings().accept();

        assertEquals("1 item of the vault could not be read", list.findings().titleProperty().get());
        String details = list.findings().detailsProperty().get();
        assertTrue(details.startsWith("It fails the integrity check") && details.endsWith("ID: " + web.id().value()),
                details);
        assertFalse(list.findings().canAcceptProperty().get());
    }

    @Test
    void aDismissedAlterationCannotBeAcceptedAnyMore() throws Exception {
        VaultSession.UnlockOutcome outcome = reopenAfter(file -> VaultDamage.deleteRow(file, db.id()));
        int[] accepted = {0};
        list.findings().show(outcome, () -> accepted[0]++, NO_RECOVERY);

        list.findings().dismiss();
        list.findings().accept();

        assertEquals(0, accepted[0]);
    }

    @Test
    void anItemThisVersionCannotReadIsNotCalledChangedOnDisk() {
        String id = "0b0e4a2c-4a5e-4b8e-9a59-3b0f1f3f0c11";
        list.findings().show(new VaultSession.UnlockOutcome(3, 4, List.of(new DamagedItem(id,
                DamagedItem.Problem.UNREADABLE)), SealCheck.intact(4)), () -> null, NO_RECOVERY);

        assertEquals("1 item of the vault could not be read", list.findings().titleProperty().get());
        String details = list.findings().detailsProperty().get();
        assertTrue(details.startsWith("It decrypts, but this version of Yaoshi cannot read what it holds"), details);
        assertFalse(details.contains("changed on disk"), details);
        assertTrue(details.endsWith("ID: " + id), details);
    }

    @Test
    void theSelectionStaysWhileItsKeyPairPassesTheFilterAndGoesWhenItDoesNot() {
        list.reloadAndSelect(web.id());

        list.searchProperty().set("we");
        assertEquals(web, list.selectedProperty().get().key(), "web still passes the filter");
        list.searchProperty().set("db");
        assertNull(list.selectedProperty().get(), "nothing hidden stays selected");
    }

    @Test
    void aKeyPairDeletedElsewhereIsNoLongerSelectedAfterAReload() throws Exception {
        list.reloadAndSelect(db.id());
        vault.delete(db.id());

        list.reload();

        assertNull(list.selectedProperty().get(), "export or delete must not act on a key pair that is gone");
        list.reloadAndSelect(web.id());
        KeyPairRecord retagged = web.withTags(List.of(new Tag("env", "dev")));
        vault.save(List.of(retagged), Map.of());
        list.reload();
        assertEquals(retagged, list.selectedProperty().get().key(), "the fresh row of the same key pair");
    }
}
