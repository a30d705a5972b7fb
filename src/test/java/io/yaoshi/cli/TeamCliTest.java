package io.yaoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.testing.ByteSearch;
import io.yaoshi.testing.ExternalTool;
import io.yaoshi.testing.LocalPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The team commands against a real PostgreSQL started for each test, two members in two vaults. */
class TeamCliTest extends CliTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalPostgres postgres;
    private String store;

    @BeforeEach
    void startPostgres() throws Exception {
        postgres = LocalPostgres.start();
        store = postgres.newDatabase();
    }

    @AfterEach
    void stopPostgres() throws Exception {
        postgres.close();
    }

    private int as(String vault, String... args) {
        vaultFileName = vault + ".db";
        return run(args);
    }

    private String identityOf(String vault) throws Exception {
        assertEquals(0, as(vault, "identity", "--json"), err);
        return JSON.readTree(out).get("identity").asText();
    }

    /** Alice founds "ops" and adds Bob, who joins. */
    private void aliceAndBobShareOps() throws Exception {
        as("alice", "init");
        as("bob", "init");
        String bob = identityOf("bob");
        assertEquals(0, as("alice", "team", "create", "ops", "--store", store), err);
        assertTrue(out.contains("ops"), out);
        assertEquals(0, as("alice", "team", "add-member", "ops", "--identity", bob), err);
        assertEquals(0, as("bob", "team", "join", "ops", "--store", store), err);
        assertTrue(out.contains(JSON.readTree(identityJson("alice")).get("fingerprint").asText()),
                "joining names the founder's fingerprint to compare: " + out);
    }

    private String identityJson(String vault) {
        as(vault, "identity", "--json");
        return out;
    }

    @Test
    void twoMembersShareAKeyPairThatSshKeygenReads() throws Exception {
        aliceAndBobShareOps();
        assertEquals(0, as("alice", "create", "--name", "web-prod", "--type", "ed25519", "--tag", "env=prod",
                "--team", "ops", "--json"), err);
        String fingerprint = JSON.readTree(out.substring(0, out.lastIndexOf('}') + 1)).get("fingerprintSha256")
                .asText();

        assertEquals(0, as("bob", "list", "--team", "ops", "--json"), err);
        JsonNode listed = JSON.readTree(out);
        assertEquals(1, listed.size());
        assertEquals("web-prod", listed.get(0).get("name").asText());
        assertEquals(0, as("bob", "list", "--json"), err);
        assertEquals(0, JSON.readTree(out).size(), "Bob's personal vault is untouched");

        assertEquals(0, as("bob", "show", "web-prod"), err);
        assertTrue(out.contains(fingerprint), out);
        Path exported = dir.resolve("web-prod.key");
        assertEquals(0, as("bob", "export", "web-prod", "--out", exported.toString(), "--format", "openssh"), err);
        assertTrue(ExternalTool.run("ssh-keygen", "-l", "-f", exported.toString()).contains(fingerprint));

        assertEquals(0, as("bob", "tag", "web-prod", "--set", "owner=bob"), err);
        assertEquals(0, as("alice", "list", "--team", "ops", "--json"), err);
        assertEquals("bob", JSON.readTree(out).get(0).get("tags").get("owner").asText());

        assertEquals(0, as("alice", "team", "list", "--json"), err);
        JsonNode team = JSON.readTree(out).get(0);
        assertEquals("ops", team.get("name").asText());
        assertEquals(2, team.get("members").size());
        assertEquals(1, team.get("keyPairs").asInt());
    }

    @Test
    void aStoppedStoreExitsFiveQuicklyWhileThePersonalVaultWorks() throws Exception {
        aliceAndBobShareOps();
        assertEquals(0, as("bob", "create", "--name", "laptop", "--type", "ed25519"), err);
        postgres.stop();

        Instant start = Instant.now();
        assertEquals(ExitCode.PROVIDER, as("bob", "list", "--team", "ops"));
        assertTrue(Duration.between(start, Instant.now()).getSeconds() < 30, "said within 30 s");
        assertTrue(err.contains("error: Team.UNREACHABLE: "), err);
        assertFalse(err.contains("Exception"), err);

        assertEquals(0, as("bob", "list"), err);
        assertTrue(out.contains("laptop"), out);
        assertEquals(0, as("bob", "show", "laptop"), err);
        assertEquals(ExitCode.VALIDATION, as("bob", "show", "nowhere"));
        assertTrue(err.contains("warning: Team.UNREACHABLE: Team \"ops\" was not searched"), "the teams it could not look in are said: " + err);
        assertEquals(0, as("bob", "team", "list"), err);
        assertTrue(out.contains("Team.UNREACHABLE"), out);
    }

    @Test
    void aStoreThatWantsAPasswordIsAskedOnceAndTheVaultKeepsIt() throws Exception {
        as("alice", "init");
        String withUser = postgres.userOwning(LocalPostgres.databaseOf(store), "opsadmin", "s3cret-Passw0rd");
        assertEquals(ExitCode.PROVIDER, as("alice", "team", "create", "ops", "--store", withUser));
        assertTrue(err.contains("error: Team.AUTHENTICATION: "), "no password given: " + err);

        environment.put("YAOSHI_SECRET", "wrong password");
        assertEquals(ExitCode.PROVIDER, as("alice", "team", "create", "ops", "--store", withUser));
        assertTrue(err.contains("Team.AUTHENTICATION"), err);

        environment.put("YAOSHI_SECRET", "s3cret-Passw0rd");
        assertEquals(0, as("alice", "team", "create", "ops", "--store", withUser), err);
        environment.remove("YAOSHI_SECRET");
        assertEquals(0, as("alice", "team", "list", "--json"), err);
        assertTrue(JSON.readTree(out).get(0).get("reachable").asBoolean(), "the kept password is used: " + out);
        assertFalse(ByteSearch.contains(Files.readAllBytes(vaultFile()), "s3cret-Passw0rd"), "kept encrypted");
        assertFalse(out.contains("s3cret") || err.contains("s3cret"));
    }

    @Test
    void hostileInputIsRefusedSayingWhyAndChangesNothing() throws Exception {
        as("alice", "init");
        String withPassword = store.replace("yaoshi@", "yaoshi:hunter2@");
        assertEquals(ExitCode.USAGE, as("alice", "team", "create", "ops", "--store", withPassword));
        assertTrue(err.contains("Team.BadStore") && err.contains("password"), err);
        assertFalse(err.contains("hunter2"), "the password is never echoed: " + err);
        assertEquals(ExitCode.USAGE, as("alice", "team", "create", "ops", "--store", "mysql://h/db"));
        assertEquals(ExitCode.USAGE, as("alice", "team", "add-member", "ops", "--identity", "ssh-ed25519 AAAA"));
        assertTrue(err.contains("Team.BadIdentity"), err);
        assertEquals(ExitCode.VALIDATION, as("alice", "team", "create", " ops", "--store", store));
        assertTrue(err.contains("Team.NAME_INVALID"), err);
        assertEquals(ExitCode.VALIDATION, as("alice", "team", "join", "ops", "--store", store));
        assertTrue(err.contains("Team.NO_SUCH_TEAM"), err);
        assertEquals(ExitCode.VALIDATION, as("alice", "list", "--team", "ops"));
        assertEquals(0, as("alice", "team", "list"), err);
        assertTrue(out.contains("no team"), out);
    }
}
