package io.yaoshi.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.ByteSearch;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.LocalPostgres;
import io.yaoshi.testing.PostgresForTests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Teams against a real PostgreSQL started for these tests; the database is never mocked. */
class TeamsTest {

    @RegisterExtension
    static final PostgresForTests POSTGRES = new PostgresForTests();

    @TempDir
    Path dir;

    private final List<AutoCloseable> opened = new ArrayList<>();
    private StoreAddress store;
    private String database;

    @BeforeEach
    void newDatabase() throws Exception {
        String url = POSTGRES.server().newDatabase();
        store = StoreAddress.parse(url);
        database = LocalPostgres.databaseOf(url);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    private VaultSession vault(String name) throws Exception {
        VaultSession vault = new VaultSession(dir.resolve(name), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        opened.add(vault);
        return vault;
    }

    private static Teams teams(VaultSession vault) {
        return new Teams(vault, new Identities(vault, new SecureRandom()), new SecureRandom());
    }

    private static TeamIdentity identity(VaultSession vault) throws Exception {
        return new Identities(vault, new SecureRandom()).mine().publicIdentity();
    }

    /** Alice creates team "ops" in the test's store and adds Bob as a member, who joins. */
    private void aliceFoundsOpsAndBobJoins(VaultSession alice, VaultSession bob) throws Exception {
        teams(alice).create("ops", store);
        teams(alice).addMember("ops", identity(bob), TeamRole.MEMBER);
        teams(bob).join("ops", store);
    }

    private TeamVault open(VaultSession vault, String team) throws Exception {
        TeamVault opened = teams(vault).open(team);
        this.opened.add(opened);
        return opened;
    }

    private static KeyPairRecord create(TeamVault team, String name, Tag... tags) throws Exception {
        return Fixtures.keyService(team).create(new KeyPairSpec(Placement.local(), name, List.of(tags),
                KeyAlgorithm.ED25519, CreateMode.IMPORT));
    }

    @Test
    void twoMembersInTwoVaultsShareAKeyPair() throws Exception {
        VaultSession alice = vault("alice.db");
        VaultSession bob = vault("bob.db");
        teams(alice).create("ops", store);
        teams(alice).addMember("ops", identity(bob), TeamRole.MEMBER);
        TeamLink joined = teams(bob).join("ops", store);
        assertEquals(identity(alice), joined.founder(), "the founder is pinned at joining");

        KeyPairRecord web = create(open(alice, "ops"), "web-prod", new Tag("env", "prod"));
        TeamVault bobs = open(bob, "ops");
        assertEquals(List.of("web-prod"), bobs.keyPairs().stream().map(KeyPairRecord::name).toList());
        assertEquals(List.of(new Tag("env", "prod")), bobs.keyPairs().get(0).tags());
        assertArrayEquals(open(alice, "ops").privateKey(web.id()).orElseThrow(),
                bobs.privateKey(web.id()).orElseThrow(), "the same private key");
        String exported = new String(Fixtures.keyService(bobs).export(web.id(), ExportFormat.PUBLIC, null),
                StandardCharsets.US_ASCII);
        assertEquals(web.publicKey().split(" ")[1], exported.split(" ")[1]);
        assertEquals(2, bobs.members().size());
        assertFalse(bobs.amAdmin());
        assertTrue(bob.keyPairs().isEmpty(), "the personal vault holds no team key pair");
    }

    @Test
    void aRemovedMemberCannotReadWhatComesAfter() throws Exception {
        VaultSession alice = vault("alice.db");
        VaultSession bob = vault("bob.db");
        aliceFoundsOpsAndBobJoins(alice, bob);
        create(open(alice, "ops"), "before");
        TeamVault bobsBefore = open(bob, "ops");
        TeamKey bobsOldKey = bobsBefore.key();

        assertEquals(1, teams(alice).removeMember("ops", identity(bob)));
        KeyPairRecord after = create(open(alice, "ops"), "after");

        TeamException refused = assertThrows(TeamException.class, () -> teams(bob).open("ops"));
        assertEquals(TeamProblem.NOT_A_MEMBER, refused.teamProblem());
        try (Connection c = POSTGRES.server().connect(database);
             PreparedStatement s = c.prepareStatement("SELECT version, generation, box FROM yaoshi_items WHERE id = ?")) {
            s.setObject(1, UUID.fromString(after.id().value()));
            try (var r = s.executeQuery()) {
                assertTrue(r.next());
                UUID team = bobsBefore.link().id();
                assertTrue(bobsOldKey.open(team, UUID.fromString(after.id().value()), r.getLong(1), r.getInt(2),
                        r.getBytes(3)).isEmpty(), "the key Bob held does not open what was written after");
                assertTrue(bobsOldKey.open(team, UUID.fromString(after.id().value()), r.getLong(1), 1,
                        r.getBytes(3)).isEmpty());
            }
        }
        assertEquals(List.of("before", "after"),
                open(alice, "ops").keyPairs().stream().map(KeyPairRecord::name).toList(), "re-keyed, nothing lost");
    }

    @Test
    void theStoreHoldsNoNameTagOrKeyMaterial() throws Exception {
        VaultSession alice = vault("alice.db");
        teams(alice).create("ops", store);
        TeamVault team = open(alice, "ops");
        KeyPairRecord web = create(team, "web-prod-secretname", new Tag("costcenter", "tagvalue-findme"));
        String pem = new String(team.privateKey(web.id()).orElseThrow());
        String dump = POSTGRES.server().dump(database);
        assertTrue(dump.contains("yaoshi_items"), "the dump has the items table");
        for (String secret : List.of("web-prod-secretname", "costcenter", "tagvalue-findme",
                web.publicKey().split(" ")[1], web.fingerprints().sha256(), pem.split("\n")[1])) {
            assertFalse(dump.contains(secret), () -> "the dump shows " + secret);
        }
    }

    @Test
    void aChangedCiphertextOrSignatureIsReportedNotShown() throws Exception {
        VaultSession alice = vault("alice.db");
        teams(alice).create("ops", store);
        TeamVault team = open(alice, "ops");
        KeyPairRecord changed = create(team, "changed");
        KeyPairRecord forged = create(team, "forged");
        create(team, "intact");
        try (Connection c = POSTGRES.server().connect(database); Statement s = c.createStatement()) {
            // one bit flipped, so the byte surely differs
            s.execute("UPDATE yaoshi_items SET box = set_byte(box, 39, get_byte(box, 39) # 1) WHERE id = '"
                    + changed.id().value() + "'");
            s.execute("UPDATE yaoshi_items SET signature = set_byte(signature, 4, get_byte(signature, 4) # 1) "
                    + "WHERE id = '" + forged.id().value() + "'");
        }
        team.reload();
        assertEquals(List.of("intact"), team.keyPairs().stream().map(KeyPairRecord::name).toList());
        assertEquals(2, team.rejectedItems().size());
        assertTrue(team.rejectedItems().contains(UUID.fromString(changed.id().value())));
        assertTrue(team.rejectedItems().contains(UUID.fromString(forged.id().value())));

        VaultSession bob = vault("bob.db");
        teams(alice).addMember("ops", identity(bob), TeamRole.MEMBER);
        assertEquals(1, teams(alice).removeMember("ops", identity(bob)), "a re-key never vouches for a bad row");
        team.reload();
        assertEquals(List.of("intact"), team.keyPairs().stream().map(KeyPairRecord::name).toList());
        assertEquals(List.of(), team.rejectedItems(), "the rows that did not verify were dropped");
    }

    @Test
    void aMemberTheStoreAddsIsNotCounted() throws Exception {
        VaultSession alice = vault("alice.db");
        VaultSession mallory = vault("mallory.db");
        teams(alice).create("ops", store);
        IdentityKeys malloryKeys = new Identities(mallory, new SecureRandom()).mine();
        TeamVault team = open(alice, "ops");
        UUID id = team.link().id();
        // the store's operator (or Mallory) inserts a self-signed admin grant with a made-up wrap
        TeamIdentity m = malloryKeys.publicIdentity();
        byte[] wrap = new byte[92];
        team.store().putMember(id, new TeamRows.Member(m, TeamRole.ADMIN, m,
                malloryKeys.sign(TeamRows.signedGrant(id, m, TeamRole.ADMIN, m)), 1, wrap, m,
                malloryKeys.sign(TeamRows.signedWrap(id, m, 1, wrap, m))));
        team.reload();
        assertEquals(1, team.members().size());
        assertEquals(1, team.rejectedMembers());
        assertThrows(TeamException.class, () -> teams(mallory).join("ops", store));
    }

    @Test
    void aConcurrentChangeIsAConflictThenShownNeverLost() throws Exception {
        VaultSession alice = vault("alice.db");
        VaultSession bob = vault("bob.db");
        aliceFoundsOpsAndBobJoins(alice, bob);
        TeamVault alices = open(alice, "ops");
        KeyPairRecord web = create(alices, "web");
        TeamVault bobs = open(bob, "ops");
        Fixtures.keyService(alices).setTags(web.id(), List.of(new Tag("by", "alice")));
        TeamException conflict = assertThrows(TeamException.class,
                () -> Fixtures.keyService(bobs).setTags(web.id(), List.of(new Tag("by", "bob"))));
        assertEquals(TeamProblem.CONFLICT, conflict.teamProblem());
        assertEquals(List.of(new Tag("by", "alice")), bobs.find(web.id()).orElseThrow().tags(), "re-read");
        Fixtures.keyService(bobs).setTags(web.id(), List.of(new Tag("by", "bob")));
        alices.reload();
        assertEquals(List.of(new Tag("by", "bob")), alices.find(web.id()).orElseThrow().tags());
    }

    @Test
    void twoProcessesCreatingAtOnceLoseNothing() throws Exception {
        try (VaultSession alice = new VaultSession(dir.resolve("alice.db"), Fixtures.cheapVault());
             VaultSession bob = new VaultSession(dir.resolve("bob.db"), Fixtures.cheapVault())) {
            alice.create(Fixtures.password());
            bob.create(Fixtures.password());
            aliceFoundsOpsAndBobJoins(alice, bob);
        }
        List<Process> writers = new ArrayList<>();
        for (String who : List.of("alice", "bob")) {
            writers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), TeamWriterProcess.class.getName(),
                    dir.resolve(who + ".db").toString(), "ops", who, "20").redirectErrorStream(true)
                    .redirectOutput(dir.resolve(who + ".log").toFile()).start());
        }
        for (Process writer : writers) {
            assertTrue(writer.waitFor(120, TimeUnit.SECONDS), "a writer finished");
            assertEquals(0, writer.exitValue(), () -> Files.exists(dir.resolve("alice.log"))
                    ? readQuietly(dir.resolve("alice.log")) + readQuietly(dir.resolve("bob.log")) : "");
        }
        VaultSession alice = new VaultSession(dir.resolve("alice.db"), Fixtures.cheapVault());
        alice.unlock(Fixtures.password());
        opened.add(alice);
        List<String> names = open(alice, "ops").keyPairs().stream().map(KeyPairRecord::name).toList();
        assertEquals(40, names.size(), "every key pair of both writers: " + names);
        assertTrue(names.containsAll(List.of("alice-0", "alice-19", "bob-0", "bob-19")));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    @Test
    void aChangeArrivesLiveAndARefreshReadsOnlyWhatChanged() throws Exception {
        VaultSession alice = vault("alice.db");
        VaultSession bob = vault("bob.db");
        aliceFoundsOpsAndBobJoins(alice, bob);
        TeamVault alices = open(alice, "ops");
        for (int i = 0; i < 12; i++) {
            create(alices, "web-" + i);
        }
        TeamVault bobs = open(bob, "ops");
        assertEquals(12, bobs.keyPairs().size());
        CountDownLatch changed = new CountDownLatch(1);
        TeamWatch watching = teams(bob).watch(bobs, changed::countDown, () -> { });
        try {
            KeyPairRecord added = create(alices, "db-1");
            assertTrue(changed.await(15, TimeUnit.SECONDS), "Bob is told of Alice's change");
            assertEquals(1, bobs.refresh(), "one row read, not the team's thirteen");
            assertTrue(bobs.find(added.id()).isPresent());
            Fixtures.keyService(alices).setTags(added.id(), List.of(new Tag("env", "test")));
            assertEquals(1, bobs.refresh());
            assertEquals(List.of(new Tag("env", "test")), bobs.find(added.id()).orElseThrow().tags());
            Fixtures.keyService(alices).delete(added.id());
            assertEquals(1, bobs.refresh());
            assertTrue(bobs.find(added.id()).isEmpty(), "a deletion arrives too");
            assertEquals(0, bobs.refresh());
        } finally {
            watching.close();
        }
    }

    @Test
    void whileTheStoreIsDownTheLastCopyIsShownReadOnly() throws Exception {
        try (LocalPostgres own = LocalPostgres.start()) {
            StoreAddress down = StoreAddress.parse(own.newDatabase());
            VaultSession alice = vault("alice.db");
            teams(alice).create("ops", down);
            TeamVault live = open(alice, "ops");
            KeyPairRecord web = create(live, "web-cached-name");
            create(live, "db");
            live.reload();
            CountDownLatch lost = new CountDownLatch(1);
            TeamWatch watching = teams(alice).watch(live, () -> { }, lost::countDown);
            try {
                own.stop();
                assertTrue(lost.await(30, TimeUnit.SECONDS), "the watch says the store is gone");
            } finally {
                watching.close();
            }

            assertEquals(TeamProblem.UNREACHABLE,
                    assertThrows(TeamException.class, () -> teams(alice).open("ops")).teamProblem());
            TeamVault offline = teams(alice).openOrCached("ops");
            opened.add(offline);
            assertTrue(offline.offlineSince().isPresent());
            assertEquals(List.of("web-cached-name", "db"), offline.keyPairs().stream().map(KeyPairRecord::name)
                    .toList());
            assertArrayEquals(live.privateKey(web.id()).orElseThrow(), offline.privateKey(web.id()).orElseThrow());
            assertEquals(TeamProblem.UNREACHABLE,
                    assertThrows(TeamException.class, () -> create(offline, "while-down")).teamProblem());
            assertEquals(2, offline.keyPairs().size(), "nothing half-written");
            assertFalse(ByteSearch.contains(Files.readAllBytes(alice.file()), "web-cached-name"),
                    "the copy is encrypted in the personal vault");
        }
    }

    @Test
    void onlyAnAdminAddsMembers() throws Exception {
        VaultSession alice = vault("alice.db");
        VaultSession bob = vault("bob.db");
        VaultSession carol = vault("carol.db");
        aliceFoundsOpsAndBobJoins(alice, bob);
        TeamException refused = assertThrows(TeamException.class,
                () -> teams(bob).addMember("ops", identity(carol), TeamRole.MEMBER));
        assertEquals(TeamProblem.NOT_ADMIN, refused.teamProblem());
        assertEquals(TeamProblem.NAME_TAKEN,
                assertThrows(TeamException.class, () -> teams(carol).create("ops", store)).teamProblem());
        assertEquals(TeamProblem.NOT_A_MEMBER,
                assertThrows(TeamException.class, () -> teams(carol).join("ops", store)).teamProblem());
        assertTrue(teams(carol).links().isEmpty(), "a refused join leaves no link");
    }

    @Test
    void aNewerSchemaIsRefusedAndNothingWritten() throws Exception {
        VaultSession alice = vault("alice.db");
        teams(alice).create("ops", store);
        try (Connection c = POSTGRES.server().connect(database); Statement s = c.createStatement()) {
            s.execute("INSERT INTO yaoshi_schema (version) VALUES (" + (TeamSchema.VERSION + 1) + ")");
        }
        assertEquals(TeamProblem.NEWER_SCHEMA,
                assertThrows(TeamException.class, () -> teams(alice).create("dev", store)).teamProblem());
        try (Connection c = POSTGRES.server().connect(database); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM yaoshi_teams")) {
            r.next();
            assertEquals(1, r.getInt(1));
        }
    }
}
