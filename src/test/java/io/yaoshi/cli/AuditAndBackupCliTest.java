package io.yaoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.history.History;
import io.yaoshi.history.HistoryEntry;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code yaoshi audit}, {@code audit verify}, {@code backup} and {@code restore}, as a user runs them. */
class AuditAndBackupCliTest extends CliTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private void createKeys() {
        assertEquals(0, run("init"));
        assertEquals(0, run("create", "--name", "web-prod", "--type", "ed25519", "--tag", "env=prod"));
        assertEquals(0, run("create", "--name", "db-main", "--type", "ed25519"));
        assertEquals(0, run("tag", "web-prod", "--set", "owner=ops"), err);
    }

    @Test
    void auditListsWhatHappenedAsJsonAndByKey() throws Exception {
        createKeys();
        Path exported = dir.resolve("web-prod.pub");
        assertEquals(0, run("export", "web-prod", "--out", exported.toString(), "--format", "public"), err);

        assertEquals(0, run("audit", "--json"));
        JsonNode entries = JSON.readTree(out);
        List<String> actions = new ArrayList<>();
        entries.forEach(entry -> actions.add(entry.get("action").asText()));
        assertEquals(List.of("vault.create", "key.create", "vault.backup", "key.create", "key.tag", "key.export"),
                actions, "the first change of the day is backed up automatically");
        JsonNode export = entries.get(5);
        assertEquals(6, export.get("seq").asInt());
        assertEquals("web-prod", export.get("name").asText());
        assertEquals(36, export.get("id").asText().length());
        assertTrue(export.get("time").asText().endsWith("Z"), export.toString());
        assertEquals(exported.toAbsolutePath().toString(), export.get("detail").get("file").asText());
        assertEquals("false", export.get("detail").get("private").asText());
        assertTrue(entries.get(0).get("id").isNull(), "the vault's creation is about no key pair");
        assertTrue(entries.get(4).get("detail").get("after").asText().contains("owner=ops"));
        assertEquals("automatic", entries.get(2).get("detail").get("trigger").asText());

        assertEquals(0, run("audit", "--key", "web-prod"));
        assertEquals(4, out.lines().count(), out); // the header and three entries
        assertFalse(out.contains("db-main"), out);
        assertEquals(0, run("audit", "--action", "key.tag"));
        assertEquals(2, out.lines().count(), out);
        assertEquals(ExitCode.USAGE, run("audit", "--since", "yesterday\u001b[2J"));
        assertFalse(err.contains("\u001b"), err);

        assertEquals(0, run("audit", "verify"));
        assertTrue(out.contains("intact") && out.contains("6 entries"), out); // verify's own unlock adds nothing

        assertEquals(0, run("import", "--file", exported.toString(), "--name", "web-copy"), err);
        assertEquals(0, run("delete", "db-main"), err);
        assertEquals(0, run("audit", "--json", "--since", java.time.LocalDate.now().toString()));
        JsonNode later = JSON.readTree(out);
        JsonNode imported = later.get(later.size() - 2);
        JsonNode deleted = later.get(later.size() - 1);
        assertEquals(List.of("key.import", "web-copy"), List.of(imported.get("action").asText(),
                imported.get("name").asText()));
        assertEquals(List.of("key.delete", "db-main", "false"), List.of(deleted.get("action").asText(),
                deleted.get("name").asText(), deleted.get("detail").get("atCloud").asText()),
                "the name it had, though it is gone");
        assertEquals(0, run("audit", "--key", "db-main"));
        assertTrue(out.contains("key.delete") && out.contains("key.create"), out);
    }

    @Test
    void aBrokenChainExitsFourSayingWhere() throws Exception {
        createKeys();
        try (VaultSession vault = new VaultSession(vaultFile(), Fixtures.cheapVault())) {
            History history = new History(vault, Clock.systemUTC());
            vault.recordEventsWith(history);
            vault.unlock(Fixtures.password());
            HistoryEntry second = history.entries().get(1);
            vault.remove(second.itemId());
        }
        assertEquals(ExitCode.VAULT, run("audit", "verify"));
        assertTrue(out.contains("Entry 2 is missing"), out);
        assertTrue(err.startsWith("error: HistoryBroken: "), err);
        assertEquals(ExitCode.VAULT, run("audit", "verify", "--json"));
        JsonNode verdict = JSON.readTree(out);
        assertFalse(verdict.get("intact").asBoolean());
        assertEquals("missing", verdict.get("breaks").get(0).get("problem").asText());
        assertEquals(2, verdict.get("breaks").get(0).get("seq").asInt());
    }

    @Test
    void aBackupRestoresIntoANewVaultAndADamagedOneWritesNothing() throws Exception {
        createKeys();
        Path backup = dir.resolve("saved.yaoshi-backup");
        assertEquals(0, run("backup", "--out", backup.toString()), err);
        assertTrue(out.contains(backup.toString()), out);
        assertEquals(ExitCode.VALIDATION, run("backup", "--out", backup.toString()));
        assertTrue(err.startsWith("error: File.Exists: "), err);

        Path restored = dir.resolve("new/vault.db");
        assertEquals(ExitCode.VAULT, run("restore", "--from", backup.toString()), "the vault's own path is taken");
        assertTrue(err.startsWith("error: Backup.TARGET_EXISTS: "), err);

        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length - 40] ^= 0x10;
        Path damaged = Files.write(dir.resolve("damaged.yaoshi-backup"), bytes);
        assertEquals(ExitCode.VAULT, run("restore", "--from", damaged.toString(), "--to", restored.toString()));
        assertTrue(err.startsWith("error: Backup.DAMAGED: "), err);
        assertFalse(Files.exists(restored.getParent()) && Files.list(restored.getParent()).findAny().isPresent());

        environment.put("YAOSHI_PASSWORD", "not the password at all");
        locale = Locale.SIMPLIFIED_CHINESE;
        assertEquals(ExitCode.VAULT, run("restore", "--from", backup.toString(), "--to", restored.toString()));
        assertTrue(err.startsWith("error: Backup.WRONG_PASSWORD: ") && err.contains("只能用当时使用的主密码打开"), err);
        assertFalse(Files.exists(restored));

        environment.put("YAOSHI_PASSWORD", new String(Fixtures.PASSWORD));
        locale = Locale.ENGLISH;
        assertEquals(0, run("restore", "--from", backup.toString(), "--to", restored.toString()), err);
        assertTrue(out.contains("2 key pairs"), out);
        try (VaultSession vault = new VaultSession(restored, Fixtures.cheapVault())) {
            vault.unlock(Fixtures.password());
            assertEquals(List.of("db-main", "web-prod"), vault.keyPairs().stream().map(k -> k.name()).sorted().toList());
        }
    }

    @Test
    void checkRecoverPutsADamagedItemBackFromTheNewestBackupHoldingIt() throws Exception {
        createKeys(); // the first change of the day was backed up: web-prod as created, before its tag
        assertEquals(0, run("show", "web-prod", "--json"));
        String id = JSON.readTree(out).get("id").asText();
        assertEquals(0, run("show", "db-main", "--json"));
        String later = JSON.readTree(out).get("id").asText(); // made after the day's backup
        io.yaoshi.testing.VaultDamage.flipCiphertextByte(vaultFile(), new io.yaoshi.domain.KeyId(id));
        io.yaoshi.testing.VaultDamage.flipCiphertextByte(vaultFile(), new io.yaoshi.domain.KeyId(later));
        assertEquals(ExitCode.VAULT, run("check"));
        assertTrue(err.contains("yaoshi check --recover"), err);

        assertEquals(ExitCode.VAULT, run("check", "--recover"), err);
        assertTrue(err.contains("Recovered " + id + " from the backup of "), err);
        assertTrue(err.contains(later + " is in no automatic backup that opens with this password."), err);
        assertTrue(err.contains("1 of "), "only the one no backup holds is left: " + err);
        assertEquals(0, run("show", "web-prod", "--json"));
        assertFalse(out.contains("owner"), "the copy the backup held, from before the tag: " + out);
        assertEquals(0, run("audit", "--action", "vault.recover", "--json"));
        assertEquals(1, JSON.readTree(out).size());
    }

    @Test
    void identityIsMadeOnceAndPrintedAsOneStringWithItsFingerprint() throws Exception {
        assertEquals(0, run("init"));
        assertEquals(0, run("identity", "--json"), err);
        JsonNode first = JSON.readTree(out);
        assertTrue(first.get("identity").asText().startsWith("yaoshi-id1:"), out);
        assertTrue(first.get("fingerprint").asText().startsWith("SHA256:"), out);
        assertEquals(0, run("identity"));
        assertEquals(first.get("identity").asText(), out.lines().findFirst().orElseThrow(), "the same, kept");
        assertTrue(out.contains(first.get("fingerprint").asText()), out);
    }
}
