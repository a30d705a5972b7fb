package io.yaoshi.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.VaultSession;
import io.yaoshi.team.Identities;
import io.yaoshi.team.StoreAddress;
import io.yaoshi.team.TeamRole;
import io.yaoshi.team.TeamVault;
import io.yaoshi.team.Teams;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.LocalPostgres;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import io.yaoshi.ui.keylist.KeyListViewModel;
import io.yaoshi.ui.keyrow.KeyRowFormatter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The switcher over a real PostgreSQL: the list shows the chosen team, live, and its copy while the store is down. */
class TeamSwitcherViewModelTest {

    @TempDir
    Path dir;

    private LocalPostgres postgres;
    private VaultSession alice;
    private VaultSession bob;
    private Teams alicesTeams;
    private KeyListViewModel list;
    private TeamSwitcherViewModel switcher;

    @BeforeEach
    void aliceAndBobShareOps() throws Exception {
        postgres = LocalPostgres.start();
        StoreAddress store = StoreAddress.parse(postgres.newDatabase());
        alice = vault("alice.db");
        bob = vault("bob.db");
        alicesTeams = teams(alice);
        alicesTeams.create("ops", store);
        alicesTeams.addMember("ops", new Identities(bob, new SecureRandom()).mine().publicIdentity(),
                TeamRole.MEMBER);
        teams(bob).join("ops", store);
        create(Fixtures.keyService(alice), "laptop");
        try (TeamVault ops = teams(bob).open("ops")) {
            create(Fixtures.keyService(ops), "web-prod");
        }
        Messages text = Messages.forLocale(Locale.ENGLISH);
        BackgroundRunner inline = new BackgroundRunner(new DirectExecutorService(), Runnable::run);
        ActiveKeys active = new ActiveKeys(Fixtures.keyService(alice));
        list = new KeyListViewModel(active::keys, inline, text,
                new KeyRowFormatter(text, RegionCatalog.bundled(), ZoneId.of("UTC")));
        switcher = new TeamSwitcherViewModel(alicesTeams, active, inline, Runnable::run, text, list::reload);
    }

    @AfterEach
    void stop() throws Exception {
        switcher.locked();
        alice.close();
        bob.close();
        postgres.close();
    }

    private VaultSession vault(String name) throws Exception {
        VaultSession vault = new VaultSession(dir.resolve(name), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        return vault;
    }

    private static Teams teams(VaultSession vault) {
        return new Teams(vault, new Identities(vault, new SecureRandom()), new SecureRandom());
    }

    private static KeyPairRecord create(KeyPairService keys, String name) throws Exception {
        return keys.create(new KeyPairSpec(Placement.local(), name, List.of(), KeyAlgorithm.ED25519,
                CreateMode.IMPORT));
    }

    private List<String> shown() {
        return list.allKeys().stream().map(KeyPairRecord::name).toList();
    }

    private static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(50);
        }
    }

    @Test
    void theListShowsTheChosenTeamAndWhatOthersWriteArrives() throws Exception {
        list.reload();
        assertEquals(List.of("laptop"), shown());
        switcher.unlocked();
        assertEquals(List.of(TeamSwitcherViewModel.PERSONAL, "ops"), switcher.choices());
        assertEquals("Team: ops", switcher.label("ops"));

        assertTrue(switcher.personalChosenBinding().get());
        switcher.chosenProperty().set("ops");
        assertEquals(List.of("web-prod"), shown());
        assertEquals("", switcher.bannerProperty().get());
        assertFalse(switcher.personalChosenBinding().get(), "the agent's and rotation's actions step aside");

        try (TeamVault ops = teams(bob).open("ops")) {
            create(Fixtures.keyService(ops), "db-prod");
        }
        eventually(() -> shown().contains("db-prod"), "Bob's new key pair shows without asking: " + shown());

        switcher.chosenProperty().set(TeamSwitcherViewModel.PERSONAL);
        assertEquals(List.of("laptop"), shown());
        switcher.locked();
        assertEquals(List.of(TeamSwitcherViewModel.PERSONAL), switcher.choices());
    }

    @Test
    void whileTheStoreIsDownTheCopyIsShownWithABanner() throws Exception {
        switcher.unlocked();
        switcher.chosenProperty().set("ops");
        assertEquals(List.of("web-prod"), shown());
        switcher.chosenProperty().set(TeamSwitcherViewModel.PERSONAL);
        postgres.stop();

        switcher.chosenProperty().set("ops");
        assertEquals(List.of("web-prod"), shown(), "the copy in the vault");
        assertTrue(switcher.bannerProperty().get().contains("cannot be reached"), switcher.bannerProperty().get());
    }
}
