package io.yaoshi.ui.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.i18n.Messages;
import io.yaoshi.service.VaultSession;
import io.yaoshi.team.Identities;
import io.yaoshi.team.TeamIdentity;
import io.yaoshi.team.Teams;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.LocalPostgres;
import io.yaoshi.testing.PostgresForTests;
import io.yaoshi.ui.common.BackgroundRunner;
import io.yaoshi.ui.common.DirectExecutorService;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Teams window's logic over a real PostgreSQL: identity, create, join, add and remove members, refusals. */
class TeamsViewModelTest {

    @RegisterExtension
    static final PostgresForTests POSTGRES = new PostgresForTests();

    @TempDir
    Path dir;

    private final List<VaultSession> vaults = new ArrayList<>();
    private final Messages english = Messages.forLocale(Locale.ENGLISH);
    private String store;
    private int teamsChanged;

    @BeforeEach
    void newDatabase() throws Exception {
        store = POSTGRES.server().newDatabase();
    }

    @AfterEach
    void close() {
        vaults.forEach(VaultSession::close);
    }

    private TeamsViewModel window(String name) throws Exception {
        VaultSession vault = new VaultSession(dir.resolve(name), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        vaults.add(vault);
        Identities identities = new Identities(vault, new SecureRandom());
        TeamsViewModel model = new TeamsViewModel(new Teams(vault, identities, new SecureRandom()), identities,
                new BackgroundRunner(new DirectExecutorService(), Runnable::run), english, () -> teamsChanged++);
        model.load();
        return model;
    }

    private static void fill(TeamsViewModel model, String name, String at) {
        model.newNameProperty().set(name);
        model.newStoreProperty().set(at);
    }

    @Test
    void aFounderAddsAMemberWhoJoinsThenRemovesThem() throws Exception {
        TeamsViewModel alice = window("alice.db");
        TeamsViewModel bob = window("bob.db");
        assertTrue(alice.identityProperty().get().startsWith(TeamIdentity.PREFIX));
        assertTrue(alice.fingerprintProperty().get().startsWith("SHA256:"));
        assertNull(alice.teamProperty().get(), "no team yet");

        fill(alice, "ops", store);
        alice.create(new char[0]);
        assertEquals("", alice.failureProperty().get());
        assertTrue(alice.doneProperty().get().contains("Created team \"ops\""), alice.doneProperty().get());
        assertEquals(List.of("ops"), alice.teamNames());
        assertEquals("ops", alice.teamProperty().get());
        assertEquals(1, alice.members().size());
        assertEquals("you, founder", alice.members().get(0).note());
        assertTrue(alice.canManageProperty().get());
        assertEquals(1, teamsChanged, "the switcher is told");

        fill(bob, "ops", store);
        bob.join(new char[0]);
        assertTrue(bob.failureProperty().get().contains("not a member"), bob.failureProperty().get());

        alice.memberIdentityProperty().set(bob.identityProperty().get());
        alice.addMember();
        assertEquals("", alice.failureProperty().get());
        assertEquals(2, alice.members().size());
        bob.join(new char[0]);
        assertTrue(bob.doneProperty().get().contains(alice.fingerprintProperty().get()),
                "joining names the founder's fingerprint: " + bob.doneProperty().get());
        assertFalse(bob.canManageProperty().get(), "a member does not manage members");

        TeamsViewModel.MemberRow bobsRow = alice.members().stream().filter(m -> m.note().isEmpty()).findFirst()
                .orElseThrow();
        alice.removeMember(bobsRow);
        assertTrue(alice.doneProperty().get().startsWith("Removed " + bobsRow.fingerprint()));
        assertEquals(1, alice.members().size());
    }

    @Test
    void badInputIsSaidAndChangesNothing() throws Exception {
        TeamsViewModel alice = window("alice.db");
        fill(alice, "ops", store.replace("yaoshi@", "yaoshi:pw@"));
        alice.create(new char[0]);
        assertTrue(alice.failureProperty().get().contains("holds a password"), alice.failureProperty().get());
        fill(alice, " ", store);
        alice.create(new char[0]);
        assertEquals(english.get("teams.nameRequired"), alice.failureProperty().get());
        assertTrue(alice.teamNames().isEmpty());

        fill(alice, "ops", store);
        alice.create(new char[0]);
        alice.memberIdentityProperty().set("ssh-ed25519 AAAA…");
        alice.addMember();
        assertTrue(alice.failureProperty().get().startsWith("Not an identity"), alice.failureProperty().get());
        assertEquals(1, alice.members().size());
    }

    @Test
    void aPasswordTypedIsUsedOnlyWhenTheServerAsksThenWiped() throws Exception {
        TeamsViewModel alice = window("alice.db");
        String withUser = POSTGRES.server().userOwning(LocalPostgres.databaseOf(store), "windowuser",
                "typed-Pass-1");
        fill(alice, "ops", withUser);
        alice.create(new char[0]);
        assertTrue(alice.failureProperty().get().contains("refused the login"), alice.failureProperty().get());

        char[] typed = "typed-Pass-1".toCharArray();
        alice.create(typed);
        assertEquals("", alice.failureProperty().get());
        assertArrayEquals(new char[typed.length], typed, "the typed password is wiped");
        assertEquals(List.of("ops"), alice.teamNames());
        assertEquals(1, alice.members().size(), "read again with the password the vault now keeps");
    }
}
