package io.yaoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.Tag;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.VaultSession;
import io.yaoshi.sshconfig.UseWithSsh;
import io.yaoshi.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YaoshiCliTest extends CliTestBase {

    @Test
    void versionAndHelp() {
        assertEquals(0, run("version"));
        assertEquals("Yaoshi 1.2.3\n", out);
        assertEquals(0, run("--version"));
        assertEquals("Yaoshi 1.2.3\n", out);
        assertEquals(0, run("--help"));
        assertTrue(out.contains("Usage: yaoshi") && out.contains("list") && out.contains("Exit codes"), out);
    }

    @Test
    void helpSpeaksChinese() {
        locale = Locale.SIMPLIFIED_CHINESE;
        assertEquals(0, run("list", "--help"));
        assertTrue(out.startsWith("用法："), out);
        assertTrue(out.contains("只列出该服务商的密钥对"), out);
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("frobnicate"));
        assertTrue(err.startsWith("error: usage: "), err);
        // secrets are never arguments: there is no option to pass a password
        assertEquals(ExitCode.USAGE, run("init", "--password", "hunter22"));
        assertFalse(Files.exists(vaultFile()));
    }

    @Test
    void initCreatesTheVaultOnceAndNeverOverwrites() {
        assertEquals(0, run("init"));
        assertTrue(out.contains(vaultFile().toString()), out);
        assertTrue(Files.exists(vaultFile()));
        assertEquals(ExitCode.VAULT, run("init"));
        assertEquals("error: ALREADY_EXISTS: A vault already exists there; it was left untouched.\n", err);
    }

    @Test
    void initRefusesAShortPasswordWithItsCode() {
        environment.put("YAOSHI_PASSWORD", "short");
        assertEquals(ExitCode.VALIDATION, run("init"));
        assertEquals("error: Password.TooShort: The password has 5 characters; use at least 8.\n", err);
        assertFalse(Files.exists(vaultFile()));
    }

    @Test
    void thePasswordCanComeFromStandardInput() throws Exception {
        seed();
        environment.clear();
        stdin = new String(Fixtures.PASSWORD) + "\n";
        assertEquals(0, run("list"));
        assertEquals("No key pairs match.\n", out);
    }

    @Test
    void withoutAnyPasswordSourceTheVaultStaysLocked() throws Exception {
        seed();
        environment.clear();
        assertEquals(ExitCode.VAULT, run("list"));
        assertTrue(err.startsWith("error: PasswordRequired: "), err);
    }

    @Test
    void aFileThatIsNotAVaultIsSaidBeforeAnyPasswordIsAskedFor() throws Exception {
        Files.createDirectories(vaultFile().getParent());
        Files.writeString(vaultFile(), "a text file where the vault should be, long enough to look like a database");
        environment.clear();
        assertEquals(ExitCode.VAULT, run("list"));
        assertEquals("error: NOT_A_VAULT: This file is not a Yaoshi vault.\n", err);
    }

    @Test
    void aWrongPasswordIsAVaultError() throws Exception {
        seed();
        environment.put("YAOSHI_PASSWORD", "not the password");
        assertEquals(ExitCode.VAULT, run("list"));
        assertEquals("error: WRONG_PASSWORD: The password does not open the vault. Nothing was changed.\n", err);
    }

    @Test
    void listingWithoutAVaultSaysHowToCreateOne() {
        assertEquals(ExitCode.VAULT, run("list"));
        assertTrue(err.startsWith("error: NO_VAULT: "), err);
    }

    @Test
    void listJsonHasTheDocumentedShape() throws Exception {
        KeyPairRecord key = seed(Fixtures.record("密钥对-Prod", Placement.aliyun("cn-hangzhou", "rg-1"),
                List.of(new Tag("env", "prod"), new Tag("owner", "")))).get(0);

        assertEquals(0, run("list", "--json"));

        JsonNode list = new ObjectMapper().readTree(out);
        assertEquals(1, list.size());
        JsonNode k = list.get(0);
        List<String> fields = new java.util.ArrayList<>();
        k.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "name", "provider", "region", "zone", "projectId", "resourceGroupId", "type",
                "fingerprintMd5", "fingerprintSha256", "providerFingerprint", "tags", "origin", "remoteState",
                "createdAt", "retired"), fields);
        assertFalse(k.get("retired").asBoolean());
        assertEquals(key.id().value(), k.get("id").asText());
        assertEquals("密钥对-Prod", k.get("name").asText());
        assertEquals("aliyun", k.get("provider").asText());
        assertTrue(k.get("zone").isNull());
        assertEquals("ed25519", k.get("type").asText());
        assertEquals("prod", k.get("tags").get("env").asText());
        assertEquals("", k.get("tags").get("owner").asText());
        assertEquals("generated", k.get("origin").asText());
        assertEquals("present", k.get("remoteState").asText());
        assertEquals("2026-11-23T08:30:00Z", k.get("createdAt").asText());
    }

    @Test
    void listFiltersCombine() throws Exception {
        seed(Fixtures.record("web-prod", Placement.aliyun("cn-hangzhou", ""), List.of(new Tag("env", "prod"))),
                Fixtures.record("web-dev", Placement.aliyun("cn-hangzhou", ""), List.of(new Tag("env", "dev"))),
                Fixtures.record("laptop", Placement.local(), List.of()));
        assertEquals(0, run("list", "--provider", "aliyun", "--tag", "env=prod", "--name", "WEB"));
        assertEquals(2, out.lines().count(), out);
        assertTrue(out.contains("web-prod") && !out.contains("web-dev"), out);
    }

    @Test
    void listAlignsChineseNamesByDisplayWidth() throws Exception {
        seed(Fixtures.record("密钥", Placement.local(), List.of()), Fixtures.record("abcd", Placement.local(),
                List.of()));
        assertEquals(0, run("list"));
        List<String> lines = out.lines().toList();
        int providerColumn = TextTable.width(lines.get(1).substring(0, lines.get(1).indexOf("local")));
        assertEquals(providerColumn, TextTable.width(lines.get(2).substring(0, lines.get(2).indexOf("local"))));
    }

    @Test
    void showPrintsThePublicKeyButNeverThePrivateKey() throws Exception {
        seed(Fixtures.record("web", Placement.local(), List.of(new Tag("env", "prod"))));
        assertEquals(0, run("show", "web"));
        assertTrue(out.contains("SHA256:mjEp5s0SihFwgSY9UoZuycrDp2wxkq5WHmgP+4bVhWs"), out);
        assertTrue(out.contains("ssh-ed25519 AAAA"), out);
        assertFalse(out.contains("PRIVATE KEY"), out);
    }

    @Test
    void tagSetsAndRemovesKeepingOrder() throws Exception {
        seed(Fixtures.record("web", Placement.local(), List.of(new Tag("a", "1"), new Tag("b", "2"))));
        assertEquals(0, run("tag", "web", "--set", "a=9", "--set", "c=", "--remove", "b"));
        assertEquals("Tags of web: a=9, c=\n", out);
    }

    @Test
    void anInvalidTagIsRefusedWithItsCodeAndChangesNothing() throws Exception {
        seed(Fixtures.record("web", Placement.local(), List.of(new Tag("a", "1"))));
        assertEquals(ExitCode.VALIDATION, run("tag", "web", "--set", "aliyun-x=1", "--set", "b=see https://x"));
        assertEquals("error: InvalidTagKey.Malformed: Tag 2: A tag key must not start with aliyun or acs:.\n"
                + "error: InvalidTagValue.Malformed: Tag 3: A tag value must not contain http:// or https://.\n", err);
        assertEquals(0, run("list", "--json"));
        assertTrue(out.contains("\"a\" : \"1\"") && !out.contains("aliyun-x"), out);
    }

    @Test
    void anUnknownOrAmbiguousNameIsReported() throws Exception {
        List<KeyPairRecord> keys = seed(Fixtures.record("twin", Placement.local(), List.of()),
                Fixtures.record("twin", Placement.aliyun("cn-hangzhou", ""), List.of()));
        assertEquals(ExitCode.VALIDATION, run("show", "nope"));
        assertEquals("error: KeyPair.NotFound: No key pair has the ID or name nope.\n", err);
        assertEquals(ExitCode.VALIDATION, run("delete", "twin"));
        assertTrue(err.startsWith("error: KeyPair.Ambiguous: 2 key pairs are named twin"), err);
        assertTrue(err.contains(keys.get(1).id().value() + " (aliyun/cn-hangzhou)"), err);
    }

    @Test
    void deleteByIdRemovesTheKeyPair() throws Exception {
        KeyPairRecord key = seed(Fixtures.record("web", Placement.local(), List.of())).get(0);
        assertEquals(0, run("delete", key.id().value()));
        assertEquals(0, run("list"));
        assertEquals("No key pairs match.\n", out);
    }

    @Test
    void errorsSpeakChinese() throws Exception {
        seed();
        locale = Locale.SIMPLIFIED_CHINESE;
        environment.put("YAOSHI_PASSWORD", "not the password");
        assertEquals(ExitCode.VAULT, run("list"));
        assertEquals("error: WRONG_PASSWORD: 密码无法打开保险库。未做任何更改。\n", err);
    }

    private static String sshKeygen(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("ssh-keygen"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        return output;
    }

    @Test
    void createThenExportGivesAFileSshKeygenAgreesWith() throws Exception {
        seed();
        assertEquals(0, run("create", "--name", "laptop", "--type", "ed25519", "--tag", "env=prod", "--json"));
        JsonNode created = new ObjectMapper().readTree(out);
        assertEquals("generated", created.get("origin").asText());
        assertEquals("local", created.get("remoteState").asText());
        assertEquals("prod", created.get("tags").get("env").asText());

        Path file = dir.resolve("laptop.key");
        assertEquals(0, run("export", "laptop", "--out", file.toString(), "--format", "openssh"));
        assertTrue(err.startsWith("warning: "), "an unencrypted export warns: " + err);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
        assertTrue(sshKeygen("-l", "-f", file.toString()).contains(created.get("fingerprintSha256").asText()));
    }

    @Test
    void exportKeepsAnExistingFileUnlessForced() throws Exception {
        seed();
        run("create", "--name", "laptop", "--type", "ed25519");
        Path file = dir.resolve("laptop.pem");
        Files.writeString(file, "keep me");
        assertEquals(ExitCode.VALIDATION, run("export", "laptop", "--out", file.toString()));
        assertTrue(err.startsWith("error: File.Exists: "), err);
        assertEquals("keep me", Files.readString(file));
        assertEquals(0, run("export", "laptop", "--out", file.toString(), "--force"));
        assertTrue(Files.readString(file).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
    }

    @Test
    void anEncryptedExportTakesItsPassphraseFromTheEnvironment() throws Exception {
        seed();
        run("create", "--name", "laptop", "--type", "rsa-2048");
        environment.put("YAOSHI_SECRET", "export passphrase");
        Path file = dir.resolve("laptop.pem");
        assertEquals(0, run("export", "laptop", "--out", file.toString(), "--encrypt"));
        assertTrue(Files.readString(file).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        assertEquals("", err, "no warning for an encrypted export");
    }

    @Test
    void aFormatThatCannotHoldTheKeyIsRefused() throws Exception {
        seed();
        run("create", "--name", "laptop", "--type", "ed25519");
        assertEquals(ExitCode.VALIDATION, run("export", "laptop", "--out", dir.resolve("x").toString(), "--format",
                "pkcs1"));
        assertTrue(err.startsWith("error: Format.Unsupported: "), err);
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void createRefusesBrokenRulesWithTheirCodes() throws Exception {
        seed();
        assertEquals(0, run("create", "--name", "laptop", "--type", "ed25519"));
        assertEquals(ExitCode.VALIDATION, run("create", "--name", "laptop", "--tag", "acs:x=1"));
        assertEquals("error: InvalidTagKey.Malformed: Tag 1: A tag key must not start with aliyun or acs:.\n"
                + "error: KeyPair.AlreadyExist: A key pair named laptop already exists here.\n", err);
        assertEquals(ExitCode.USAGE, run("create", "--name", "k", "--type", "dsa"));
        assertEquals(ExitCode.PROVIDER, run("create", "--provider", "aliyun", "--region", "cn-hangzhou", "--name", "kk"));
        assertTrue(err.startsWith("error: NoCredentials: No Aliyun credentials are stored yet"), err);
    }

    @Test
    void importReadsAnEncryptedSshKeygenKeyWithThePassphraseFromTheEnvironment() throws Exception {
        seed();
        Path key = dir.resolve("id_ed25519");
        sshKeygen("-q", "-t", "ed25519", "-N", "key passphrase", "-f", key.toString());
        environment.put("YAOSHI_SECRET", "wrong");
        assertEquals(ExitCode.VALIDATION, run("import", "--file", key.toString(), "--name", "server"));
        assertEquals("error: WRONG_PASSPHRASE: The passphrase does not decrypt the key.\n", err);

        environment.put("YAOSHI_SECRET", "key passphrase");
        assertEquals(0, run("import", "--file", key.toString(), "--name", "server"));
        String fingerprint = sshKeygen("-l", "-f", key + ".pub").split(" ")[1];
        assertTrue(out.contains(fingerprint), out);
        assertEquals(ExitCode.VALIDATION, run("import", "--file", dir.resolve("nope").toString(), "--name", "x"));
        assertTrue(err.startsWith("error: File.NotFound: "), err);
    }

    @Test
    void importRefusesDevicesPipesHugeFilesAndRuinousKeyDerivationsNamingTheLimit() throws Exception {
        seed();
        assertEquals(ExitCode.VALIDATION, run("import", "--file", "/dev/zero", "--name", "zero"));
        assertEquals("error: NOT_A_FILE: This is not a regular file (a folder, a device or a pipe). Choose the key"
                + " file itself.\n", err);
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertEquals(ExitCode.VALIDATION, run("import", "--file", fifo.toString(), "--name", "fifo"));
        assertTrue(err.startsWith("error: NOT_A_FILE: "), err);
        Path huge = java.nio.file.Files.write(dir.resolve("huge"), new byte[2 * 1024 * 1024]);
        assertEquals(ExitCode.VALIDATION, run("import", "--file", huge.toString(), "--name", "huge"));
        assertTrue(err.startsWith("error: FILE_TOO_LARGE: The file is larger than 1 MiB"), err);

        Path ruinous = dir.resolve("ruinous.ppk");
        try (var fixture = getClass().getResourceAsStream("/io/yaoshi/keys/KeyParserTest/ed25519-v3-argon2id.ppk")) {
            java.nio.file.Files.writeString(ruinous, new String(fixture.readAllBytes(),
                    java.nio.charset.StandardCharsets.US_ASCII).replaceAll("(?m)^Argon2-Passes: .*$",
                    "Argon2-Passes: 2147483647"));
        }
        assertEquals(ExitCode.VALIDATION, run("import", "--file", ruinous.toString(), "--name", "ruinous"));
        assertTrue(err.startsWith("error: KDF_TOO_COSTLY: ") && err.contains("8 GiB of memory × passes"), err);
        assertEquals(0, run("list"));
        assertFalse(out.contains("ruinous") || out.contains("zero") || out.contains("fifo"), out);
    }

    @Test
    void controlAndBidiCharactersAreRefusedInNamesAndTags() throws Exception {
        seed(Fixtures.record("web", Placement.local(), List.of()));

        assertEquals(ExitCode.VALIDATION, run("tag", "web", "--set", "note=\u001b[2J"));
        assertEquals("error: InvalidTagValue.Malformed: Tag 1: The value contains characters that are not allowed:"
                + " U+001B.\n", err);
        assertEquals(ExitCode.VALIDATION, run("tag", "web", "--set", "a\u0007b=1"));
        assertTrue(err.startsWith("error: InvalidTagKey.Malformed: "), err);
        assertEquals(ExitCode.VALIDATION, run("create", "--name", "invoice\u202Egpj.exe", "--type", "ed25519"));
        assertTrue(err.startsWith("error: InvalidKeyPairName: ") && err.contains("U+202E"), err);
        assertEquals(ExitCode.VALIDATION, run("create", "--name", "zero\u200Bwidth", "--type", "ed25519"));
        assertEquals(ExitCode.VALIDATION, run("create", "--name", "two\nlines", "--type", "ed25519"));
        assertEquals(0, run("list"));
        assertFalse(out.contains("invoice") || out.contains("zero") || out.contains("two"), out);
    }

    @Test
    void whatReachesTheTerminalIsEscapedWhereverItCameFrom() throws Exception {
        seed(Fixtures.record("evil\u001b[2J\u202E", Placement.local(), List.of(new Tag("note", "bell\u0007\u009b"))));

        assertEquals(0, run("list"));
        assertTrue(out.contains("evil\\u001B[2J\\u202E"), out);
        assertEquals(0, run("show", "evil\u001b[2J\u202E"));
        assertTrue(out.contains("bell\\u0007\\u009B"), out);
        assertEquals(0, run("list", "--json"));
        assertEquals("evil\u001b[2J\u202E", new ObjectMapper().readTree(out).get(0).get("name").asText(),
                "the JSON stays valid and means the same");
        assertEquals(ExitCode.USAGE, run("\u001b]0;pwned\u0007"));
        assertTrue(err.contains("\\u001B]0;pwned\\u0007"), err);
        for (String printed : List.of(out, err)) {
            assertTrue(printed.codePoints().noneMatch(cp -> cp < 0x20 && cp != '\n' || cp >= 0x7F && cp <= 0x9F
                    || cp == 0x202E), printed);
        }
    }

    @Test
    void ordinaryFileMistakesGetACodeAndASentence() throws Exception {
        seed();
        assertEquals(0, run("create", "--name", "laptop", "--type", "ed25519"));

        assertEquals(ExitCode.VALIDATION, run("export", "laptop", "--out", dir.resolve("no/such/folder/k").toString()));
        assertEquals("error: File.NoSuchFolder: The folder " + dir.resolve("no/such/folder")
                + " does not exist; create it first.\n", err);
        Path folder = java.nio.file.Files.createDirectory(dir.resolve("keys"));
        assertEquals(ExitCode.VALIDATION, run("export", "laptop", "--out", folder.toString(), "--force"));
        assertEquals("error: File.IsAFolder: " + folder + " is a folder; name a file in it.\n", err);
        assertEquals(ExitCode.VALIDATION, run("export", "laptop", "--out", dir.resolve("k".repeat(5000)).toString()));
        assertTrue(err.startsWith("error: File.NameTooLong: The file name is too long for the file system"), err);
        assertEquals(ExitCode.VALIDATION, run("import", "--file", folder.toString(), "--name", "folder"));
        assertTrue(err.startsWith("error: NOT_A_FILE: "), err);
        assertFalse(err.contains("Internal"), err);
    }

    @Test
    void secretsNeverReachTheOutput() throws Exception {
        seed();
        environment.put("YAOSHI_SECRET", "export passphrase");
        StringBuilder all = new StringBuilder();
        for (String[] args : List.of(new String[] {"create", "--name", "k1", "--type", "ed25519"},
                new String[] {"export", "k1", "--out", dir.resolve("k1").toString(), "--encrypt"},
                new String[] {"show", "k1", "--json"}, new String[] {"list"})) {
            run(args);
            all.append(out).append(err);
        }
        assertFalse(all.toString().contains(new String(Fixtures.PASSWORD)));
        assertFalse(all.toString().contains("export passphrase"));
        assertFalse(all.toString().contains("PRIVATE KEY"));
    }

    @Test
    void credentialsAreStoredWithTheSecretFromTheEnvironmentAndNeverPrinted() throws Exception {
        seed();
        environment.put("YAOSHI_SECRET", "my-access-key-secret");
        assertEquals(0, run("credentials", "set", "aliyun", "--access-key-id", "LTAI5tExampleId"));
        assertEquals(0, run("credentials", "set", "ucloud", "--public-key", "pub-key", "--project-id", "org-abc123",
                "--endpoint", "http://127.0.0.1:18080/"));
        assertEquals(0, run("credentials", "list", "--json"));
        JsonNode accounts = new ObjectMapper().readTree(out);
        assertEquals("LTAI5tExampleId", accounts.get(0).get("keyId").asText());
        assertTrue(accounts.get(0).get("endpoint").isNull());
        assertEquals("org-abc123", accounts.get(1).get("projectId").asText());
        assertFalse(out.contains("my-access-key-secret"));
        assertEquals(0, run("credentials", "list"));
        assertFalse(out.contains("my-access-key-secret"));
    }

    @Test
    void credentialsRefuseTheWrongKeyFlagAndAClearTextEndpoint() throws Exception {
        seed();
        environment.put("YAOSHI_SECRET", "s");
        assertEquals(ExitCode.USAGE, run("credentials", "set", "ucloud", "--access-key-id", "x"));
        assertEquals(ExitCode.VALIDATION, run("credentials", "set", "aliyun", "--access-key-id", "x", "--endpoint",
                "http://ecs.aliyuncs.com/"));
        assertTrue(err.startsWith("error: InvalidEndpoint: "), err);
        assertEquals(0, run("credentials", "list"));
        assertEquals("No cloud credentials yet.\n", out);
    }

    @Test
    void syncNeedsACloudAndItsCredentials() throws Exception {
        seed();
        assertEquals(ExitCode.USAGE, run("sync", "--provider", "local", "--region", "x"));
        assertEquals(ExitCode.PROVIDER, run("sync", "--provider", "aliyun", "--region", "cn-hangzhou"));
        assertTrue(err.startsWith("error: NoCredentials: "), err);
    }

    @Test
    void remoteDeleteOfACloudKeyNeedsItsCloudAndKeepsTheKeyOtherwise() throws Exception {
        seed(Fixtures.record("web", Placement.aliyun("cn-hangzhou", ""), List.of()));
        assertEquals(ExitCode.PROVIDER, run("delete", "web", "--remote"));
        assertTrue(err.startsWith("error: NoCredentials: "), err);
        assertEquals(0, run("list", "--json"));
        assertTrue(out.contains("\"web\""), out);
    }

    @Test
    void theEmulatorRunsUntilInterruptedAndAnswersOnLoopback() throws Exception {
        java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(1);
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] bytes, int offset, int length) {
                super.write(bytes, offset, length);
                if (toString(StandardCharsets.UTF_8).contains("UCloud endpoint")) {
                    listening.countDown();
                }
            }
        };
        VaultSession vault = new VaultSession(vaultFile(), Fixtures.cheapVault());
        CliEnvironment env = new CliEnvironment(Messages.forLocale(Locale.ENGLISH),
                new TerminalSafePrintStream(outBytes, StandardCharsets.UTF_8),
                new TerminalSafePrintStream(new ByteArrayOutputStream(), StandardCharsets.UTF_8),
                new SecretReader(Map.of(), null, new ByteArrayInputStream(new byte[0])),
                commandServices(vault, p -> null), dir.resolve("agent.sock"), Optional.empty(), dir.resolve("instance.sock"), "1.2.3", Path.of(""), VaultAccess.OWN);
        int[] exit = {-1};
        Thread running = new Thread(() -> exit[0] = new YaoshiCli(env).run(List.of("emulator", "--port", "0")));
        running.start();
        assertTrue(listening.await(30, java.util.concurrent.TimeUnit.SECONDS), "the endpoints were never printed");
        String printed = outBytes.toString(StandardCharsets.UTF_8);
        var endpoint = java.util.regex.Pattern.compile("Aliyun endpoint: (\\S+)").matcher(printed);
        assertTrue(endpoint.find(), printed);
        assertTrue(endpoint.group(1).startsWith("http://127.0.0.1:"), endpoint.group(1));
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(endpoint.group(1) + "?Action=DescribeKeyPairs")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.body().contains("\"Code\":\"MissingParameter\""), answer.body());

        running.interrupt();
        running.join(10_000);
        assertEquals(0, exit[0]);
        vault.close();
    }

    @Test
    void everyCommandThatOpensADamagedVaultWarnsOnStandardError() throws Exception {
        List<KeyPairRecord> keys = seed(Fixtures.record("sound", Placement.local(), List.of()),
                Fixtures.record("broken", Placement.local(), List.of()));
        io.yaoshi.testing.VaultDamage.flipCiphertextByte(vaultFile(), keys.get(1).id());
        String id = keys.get(1).id().value();

        assertEquals(0, run("list"));
        assertTrue(out.contains("sound") && !out.contains("broken"), out);
        assertEquals("warning: DamagedItems: 1 vault item could not be read and is left out: " + id
                + ". It is kept in the vault file; run 'yaoshi check' for details.\n", err);
        assertEquals(0, run("show", "sound"));
        assertTrue(err.startsWith("warning: DamagedItems: "), err);

        locale = Locale.SIMPLIFIED_CHINESE;
        assertEquals(0, run("list", "--json"));
        assertEquals(1, new ObjectMapper().readTree(out).size(), "stdout stays pure JSON");
        assertTrue(err.startsWith("warning: DamagedItems: 保险库中有 1 项无法读取"), err);
    }

    @Test
    void checkNamesEveryDamagedItemAndExitsFour() throws Exception {
        List<KeyPairRecord> keys = seed(Fixtures.record("a", Placement.local(), List.of()),
                Fixtures.record("b", Placement.local(), List.of()), Fixtures.record("c", Placement.local(), List.of()));
        assertEquals(0, run("check"));
        assertEquals("All 3 items of the vault read correctly.\n", out);
        assertEquals(0, run("check", "--json"));
        assertEquals(0, new ObjectMapper().readTree(out).size());

        // one listing and one private key: check reads every item whole, as an unlock does not
        io.yaoshi.testing.VaultDamage.flipCiphertextByte(vaultFile(), keys.get(0).id());
        io.yaoshi.testing.VaultDamage.flipPrivateKeyByte(vaultFile(), keys.get(2).id());

        assertEquals(ExitCode.VAULT, run("check"));
        assertTrue(out.contains(keys.get(0).id().value() + "  failed-authentication"), out);
        assertTrue(out.contains(keys.get(2).id().value() + "  failed-authentication"), out);
        assertFalse(out.contains(keys.get(1).id().value()), out);
        assertTrue(err.startsWith("error: DamagedItems: 2 of 3 vault items could not be read."), err);

        assertEquals(ExitCode.VAULT, run("check", "--json"));
        JsonNode damaged = new ObjectMapper().readTree(out);
        assertEquals(2, damaged.size());
        assertEquals(java.util.Set.of(keys.get(0).id().value(), keys.get(2).id().value()),
                java.util.Set.of(damaged.get(0).get("id").asText(), damaged.get(1).get("id").asText()));
        assertEquals("failed-authentication", damaged.get(0).get("problem").asText());
        List<String> fields = new java.util.ArrayList<>();
        damaged.get(0).fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "problem"), fields);

        // nothing was deleted: the next write keeps the damaged rows for recovery
        assertEquals(0, run("create", "--name", "d", "--type", "ed25519"));
        assertEquals(ExitCode.VAULT, run("check", "--json"));
        assertEquals(2, new ObjectMapper().readTree(out).size());
    }

    @Test
    void aKeyPairRemovedBehindYaoshisBackFailsCheckUntilAccepted() throws Exception {
        List<KeyPairRecord> keys = seed(Fixtures.record("kept", Placement.local(), List.of()),
                Fixtures.record("removed", Placement.local(), List.of()));
        io.yaoshi.testing.VaultDamage.deleteRow(vaultFile(), keys.get(1).id());

        assertEquals(0, run("list"));
        assertEquals("warning: VaultAltered: the vault's contents were changed outside Yaoshi. Run 'yaoshi check'"
                + " for details.\n", err);
        assertEquals(ExitCode.VAULT, run("check"));
        assertTrue(out.contains("Yaoshi last saved 2 items; the file now holds 1."), out);
        assertTrue(out.contains("yaoshi check --accept"), out);
        assertTrue(err.startsWith("error: VaultAltered: "), err);

        assertEquals(ExitCode.VAULT, run("check", "--json"));
        JsonNode altered = new ObjectMapper().readTree(out).get(0);
        assertTrue(altered.get("id").isNull());
        assertEquals("vault-altered", altered.get("problem").asText());
        assertEquals(2, altered.get("sealedItems").asInt());
        assertEquals(1, altered.get("foundItems").asInt());

        locale = Locale.SIMPLIFIED_CHINESE;
        assertEquals(ExitCode.VAULT, run("check"));
        assertTrue(out.contains("钥匙上次保存了 2 项，文件中现有 1 项。"), out);

        locale = Locale.ENGLISH;
        assertEquals(0, run("check", "--accept"));
        assertTrue(out.startsWith("The vault's present contents (1 item) are accepted and sealed."), out);
        assertEquals(0, run("check"));
        assertEquals("All 4 items of the vault read correctly.\n", out, "the key pair, two history entries and their head");
        assertEquals(0, run("list"));
        assertEquals("", err);
    }

    @Test
    void helpListsTheCommandsAndHelpOfOneCommandShowsItsOptions() {
        assertEquals(0, run("help"));
        assertTrue(out.startsWith("Usage: yaoshi") && out.contains("check") && out.contains("export"), out);
        assertEquals(0, run("help", "export"));
        assertTrue(out.startsWith("Usage: yaoshi export") && out.contains("--format"), out);
        locale = Locale.SIMPLIFIED_CHINESE;
        assertEquals(0, run("help", "list"));
        assertTrue(out.startsWith("用法：yaoshi list"), out);
        assertEquals(ExitCode.USAGE, run("help", "frobnicate"));
    }

    @Test
    void withoutAFormatEachKeyIsExportedInTheFormatSshReads() throws Exception {
        assertEquals(0, run("init"));
        assertEquals(0, run("create", "--name", "ed", "--type", "ed25519"));
        assertEquals(0, run("create", "--name", "rsa", "--type", "rsa-2048"));
        assertEquals(0, run("export", "ed", "--out", dir.resolve("ed").toString()));
        assertEquals(0, run("export", "rsa", "--out", dir.resolve("rsa").toString()));

        assertTrue(Files.readString(dir.resolve("ed")).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
        assertTrue(Files.readString(dir.resolve("rsa")).startsWith("-----BEGIN PRIVATE KEY-----"));
        for (String name : List.of("ed", "rsa")) {
            Process keygen = new ProcessBuilder("ssh-keygen", "-y", "-f", dir.resolve(name).toString())
                    .redirectErrorStream(true).start();
            String said = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, keygen.waitFor(), name + ": " + said);
        }
    }

    @Test
    void aRegionTheBundledListLacksIsLeftForTheCloudToAnswer() throws Exception {
        seed();
        // well-formed but unknown here: not refused as a rule (exit 3), but sent, and the cloud answers (exit 5)
        assertEquals(ExitCode.PROVIDER, run("create", "--provider", "aliyun", "--region", "cn-new-region-1",
                "--name", "web"));
        assertTrue(err.startsWith("error: NoCredentials: "), err);
        assertEquals(ExitCode.VALIDATION, run("create", "--provider", "aliyun", "--region", "CN Hangzhou",
                "--name", "web"));
        assertTrue(err.startsWith("error: InvalidRegionId.NotFound: "), err);
    }

    @Test
    void encryptWithAnEmptyPassphraseIsRefusedAndWritesNothing() throws Exception {
        seed();
        assertEquals(0, run("create", "--name", "laptop", "--type", "ed25519"));
        Path file = dir.resolve("laptop.key");

        environment.put("YAOSHI_SECRET", "");
        assertEquals(ExitCode.VALIDATION, run("export", "laptop", "--out", file.toString(), "--encrypt"));
        assertTrue(err.startsWith("error: Passphrase.Empty: "), err);
        assertFalse(Files.exists(file));

        environment.remove("YAOSHI_SECRET");
        stdin = "\n";
        assertEquals(ExitCode.VALIDATION, run("export", "laptop", "--out", file.toString(), "--encrypt"));
        assertTrue(err.startsWith("error: Passphrase.Empty: "), err);
        assertFalse(Files.exists(file));
    }

    @Test
    void aSecretThatWasNotValidUtf8IsRefusedRatherThanGuessed() throws Exception {
        seed();
        // what the JVM makes of a non-ASCII password under LANG=C: every byte over 0x7F becomes U+FFFD
        environment.put("YAOSHI_PASSWORD", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD");
        assertEquals(ExitCode.VALIDATION, run("list"));
        assertTrue(err.startsWith("error: Secret.NotUtf8: "), err);

        environment.remove("YAOSHI_PASSWORD");
        stdin = new String(Fixtures.PASSWORD) + "\n";
        assertEquals(0, run("list"), "standard input is read as UTF-8: " + err);
    }

    @Test
    void agentSshConfigWritesThePublicKeyAndPrintsTheHostBlock() throws Exception {
        KeyPairRecord key = seed(Fixtures.record("web", Placement.local(), List.of())).get(0);
        Path keys = dir.resolve("ssh keys");

        assertEquals(0, run("agent", "ssh-config", "web", "--dir", keys.toString(), "--host", "lab"), err);

        Path file = keys.resolve(UseWithSsh.fileNameOf(key));
        assertEquals(key.publicKey() + "\n", Files.readString(file));
        assertTrue(out.startsWith("Host lab\n    IdentityAgent "), out);
        assertTrue(out.contains("    IdentityFile \"" + file + "\"\n    IdentitiesOnly yes\n"), out);
        assertTrue(err.contains("Public key written to " + file), err);
        assertTrue(err.contains("warning: NotOffered: web is not offered to the agent yet"), err);

        assertEquals(0, run("agent", "policy", "web", "--offer", "on"));
        assertEquals(0, run("agent", "ssh-config", "web", "--dir", keys.toString()));
        assertTrue(out.startsWith("Host web\n"), out);
        assertFalse(err.contains("NotOffered"), err);
    }

    @Test
    void agentSshConfigRefusesAHostAliasSshCannotReadAndWritesNothing() throws Exception {
        seed(Fixtures.record("web", Placement.local(), List.of()));
        Path keys = dir.resolve("keys");

        assertEquals(ExitCode.USAGE, run("agent", "ssh-config", "web", "--dir", keys.toString(), "--host",
                "two words"));
        assertTrue(err.contains("“two words” cannot follow Host in an ssh config"), err);
        assertEquals(ExitCode.USAGE, run("agent", "ssh-config", "web", "--dir", keys.toString(), "--socket",
                dir.resolve("a\"b").toString()));
        assertTrue(err.contains("double quote"), err);
        assertFalse(Files.exists(keys));
        assertEquals("", out);
    }

    @Test
    void serversListsTheRegionsInstancesWithTheirKeyPairsAsJson() throws Exception {
        try (io.yaoshi.emulator.CloudEmulator emulator = io.yaoshi.emulator.CloudEmulator.start(0,
                io.yaoshi.emulator.EmulatorAccounts.defaults())) {
            io.yaoshi.provider.CloudKeyProvider aliyun = emulatedAliyun(emulator);
            clouds = provider -> aliyun;
            assertEquals(0, run("init"), err);
            assertEquals(0, run("create", "--provider", "aliyun", "--region", "cn-hangzhou", "--name", "web",
                    "--type", "rsa-2048"), err);
            Placement hangzhou = Placement.aliyun("cn-hangzhou", "");
            emulator.state().seedInstance(new io.yaoshi.emulator.EmulatedInstance(hangzhou, "i-web1", "web 1",
                    "Running", "linux", "cn-hangzhou-h", Optional.of("121.40.1.1"), List.of(), List.of("10.0.0.5"),
                    Optional.of("web")));
            emulator.state().seedInstance(new io.yaoshi.emulator.EmulatedInstance(hangzhou, "i-other", "other",
                    "Stopped", "linux", "cn-hangzhou-h", Optional.empty(), List.of(), List.of("10.0.0.6"),
                    Optional.of("not-here")));

            assertEquals(0, run("servers", "--provider", "aliyun", "--region", "cn-hangzhou", "--json"), err);
            com.fasterxml.jackson.databind.JsonNode listed = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(out);
            assertEquals(2, listed.size());
            assertEquals("i-web1", listed.get(0).get("instanceId").asText());
            assertEquals("web", listed.get(0).get("keyPair").asText());
            assertFalse(listed.get(0).get("vaultKeyId").isNull());
            assertEquals("121.40.1.1", listed.get(0).get("addresses").get("eip").asText());
            assertEquals("web-1", listed.get(0).get("sshAlias").asText());
            assertTrue(listed.get(1).get("vaultKeyId").isNull());
            assertFalse(listed.get(1).get("privateKeyHere").asBoolean());

            assertEquals(0, run("servers", "--provider", "aliyun", "--region", "cn-hangzhou"), err);
            assertTrue(out.contains("not-here (no private key here)"), out);
            assertEquals(0, run("servers", "--provider", "aliyun", "--region", "cn-hangzhou", "--key", "web",
                    "--json"), err);
            assertEquals(1, new com.fasterxml.jackson.databind.ObjectMapper().readTree(out).size());
            assertEquals(ExitCode.USAGE, run("servers", "--provider", "local", "--region", "x"));
            clouds = provider -> {
                throw new io.yaoshi.provider.ProviderException(provider,
                        io.yaoshi.provider.ProviderFailure.UNREACHABLE, "ConnectionRefused", "", "offline", null);
            };
            assertEquals(ExitCode.PROVIDER, run("servers", "--provider", "aliyun", "--region", "cn-hangzhou"));
            assertTrue(err.contains("can be shown with --offline"), err);
            assertEquals(0, run("servers", "--provider", "aliyun", "--region", "cn-hangzhou", "--offline"), err);
            assertTrue(out.contains("i-web1") && err.contains("(offline)"), out + err);
            assertEquals(ExitCode.VALIDATION, run("servers", "--provider", "aliyun", "--region", "cn-beijing",
                    "--offline"));
            assertTrue(err.contains("never read"), err);
            clouds = provider -> aliyun;
            assertEquals(0, run("show", "web", "--json"), err);
            assertEquals("web", new com.fasterxml.jackson.databind.ObjectMapper().readTree(out).get("remoteId")
                    .asText(), "Aliyun knows a key pair by its name");
        }
    }

    @Test
    void bindShowsThePlanChangesNothingWithoutYesAndListsEachServersCode() throws Exception {
        try (io.yaoshi.emulator.CloudEmulator emulator = io.yaoshi.emulator.CloudEmulator.start(0,
                io.yaoshi.emulator.EmulatorAccounts.defaults())) {
            io.yaoshi.provider.CloudKeyProvider aliyun = emulatedAliyun(emulator);
            clouds = provider -> aliyun;
            assertEquals(0, run("init"), err);
            assertEquals(0, run("create", "--provider", "aliyun", "--region", "cn-hangzhou", "--name", "fresh",
                    "--type", "rsa-2048"), err);
            Placement hangzhou = Placement.aliyun("cn-hangzhou", "");
            emulator.state().seedInstance(new io.yaoshi.emulator.EmulatedInstance(hangzhou, "i-up", "web", "Running",
                    "linux", "cn-hangzhou-h", Optional.empty(), List.of(), List.of("10.0.0.5"), Optional.of("old")));
            emulator.state().seedInstance(new io.yaoshi.emulator.EmulatedInstance(hangzhou, "i-win", "build",
                    "Running", "windows", "cn-hangzhou-h", Optional.empty(), List.of(), List.of("10.0.0.6"),
                    Optional.empty()));

            assertEquals(ExitCode.USAGE, run("bind", "fresh", "--instances", "i-up,i-win", "--reboot"));
            assertTrue(err.contains("i-up  web  Running  running: will be REBOOTED now"), err);
            assertTrue(err.contains("Run again with --yes"), err);
            assertEquals("old", emulator.state().instance(hangzhou, "i-up").orElseThrow().keyPair().orElseThrow());

            assertEquals(ExitCode.VALIDATION, run("bind", "fresh", "--instances", "i-up,i-gone", "--yes"));
            assertTrue(err.contains("Not found in cn-hangzhou: i-gone"), err);

            assertEquals(ExitCode.PROVIDER, run("bind", "fresh", "--instances", "i-up,i-win", "--reboot", "--yes"));
            assertTrue(err.contains("i-up (web): rebooting"), err);
            assertTrue(out.lines().anyMatch(l -> l.startsWith("i-up") && l.contains("in effect now")), out);
            assertTrue(out.lines().anyMatch(l -> l.startsWith("i-win")
                    && l.contains("DependencyViolation.WindowsInstance")), out);
            assertTrue(err.contains("1 of 2 servers were not done"), err);
            assertEquals(java.util.Optional.of("fresh"), emulator.state().instance(hangzhou, "i-up").orElseThrow()
                    .activeKeyPair());

            assertEquals(ExitCode.PROVIDER, run("delete", "fresh", "--remote"));
            assertTrue(err.contains("unbind it first"), err);
            assertEquals(0, run("unbind", "fresh", "--instances", "i-up", "--yes"), err);
            assertTrue(out.contains("takes effect after a reboot"), out);
            assertEquals(0, run("delete", "fresh", "--remote"), err);
        }
    }

    @Test
    void sshConfigPrintsOrWritesEveryServerReadWithTheUsersKept() throws Exception {
        try (io.yaoshi.emulator.CloudEmulator emulator = io.yaoshi.emulator.CloudEmulator.start(0,
                io.yaoshi.emulator.EmulatorAccounts.defaults())) {
            io.yaoshi.provider.CloudKeyProvider aliyun = emulatedAliyun(emulator);
            clouds = provider -> aliyun;
            assertEquals(0, run("init"), err);
            assertEquals(0, run("create", "--provider", "aliyun", "--region", "cn-hangzhou", "--name", "web",
                    "--type", "rsa-2048"), err);
            assertEquals(ExitCode.VALIDATION, run("ssh-config"));
            assertTrue(err.contains("yaoshi servers --provider"), err);
            emulator.state().seedInstance(new io.yaoshi.emulator.EmulatedInstance(Placement.aliyun("cn-hangzhou",
                    ""), "i-web1", "web 1", "Running", "linux", "cn-hangzhou-h", Optional.of("121.40.1.1"),
                    List.of(), List.of("10.0.0.5"), Optional.of("web")));
            assertEquals(0, run("servers", "--provider", "aliyun", "--region", "cn-hangzhou"), err);

            assertEquals(ExitCode.USAGE, run("ssh-config", "--user", "web=root\nHost *"));
            assertTrue(err.contains("not \"web=root\\u000AHost *\". Nothing changed"), err);
            assertEquals(ExitCode.USAGE, run("ssh-config", "--add-include"));
            assertEquals(0, run("ssh-config", "--user", "web=deploy"), err);
            assertTrue(out.contains("Host web-1\n    HostName 121.40.1.1\n    User deploy\n    HostKeyAlias i-web1\n"),
                    out);
            Path sshDir = dir.resolve("ssh");
            assertFalse(Files.exists(sshDir), "printed only");

            assertEquals(0, run("ssh-config", "--write", "--dir", sshDir.toString()), err);
            assertTrue(Files.readString(sshDir.resolve("config")).contains("User deploy"), "the user was kept");
            assertTrue(err.contains("Include " + sshDir.resolve("config")), err); // not under the home: whole
            Files.writeString(sshDir.resolve("config"), "Host mine\n");
            assertEquals(ExitCode.VALIDATION, run("ssh-config", "--write", "--dir", sshDir.toString()));
            assertEquals("Host mine\n", Files.readString(sshDir.resolve("config")));
        }
    }

    @Test
    void rotateShowsThePlanThenRotatesResumesAfterAFailureAndListsTheOldKeyRetired() throws Exception {
        try (io.yaoshi.emulator.CloudEmulator emulator = io.yaoshi.emulator.CloudEmulator.start(0,
                io.yaoshi.emulator.EmulatorAccounts.defaults())) {
            io.yaoshi.provider.CloudKeyProvider aliyun = emulatedAliyun(emulator);
            clouds = provider -> aliyun;
            assertEquals(0, run("init"), err);
            assertEquals(0, run("create", "--provider", "aliyun", "--region", "cn-hangzhou", "--name", "web",
                    "--type", "rsa-2048"), err);
            Placement hangzhou = Placement.aliyun("cn-hangzhou", "");
            emulator.state().seedInstance(new io.yaoshi.emulator.EmulatedInstance(hangzhou, "i-up", "web 1", "Running",
                    "linux", "cn-hangzhou-h", Optional.empty(), List.of("127.0.0.9"), List.of(), Optional.of("web")));
            emulator.state().seedInstance(new io.yaoshi.emulator.EmulatedInstance(hangzhou, "i-down", "web 2",
                    "Stopped", "linux", "cn-hangzhou-h", Optional.empty(), List.of(), List.of("10.0.0.6"),
                    Optional.of("web")));

            assertEquals(ExitCode.USAGE, run("rotate", "web", "--name", "web-2", "--reboot", "--delete-old"));
            assertTrue(err.contains("Rotate web → web-2 (rsa-2048) on 2 server(s):"), err);
            assertTrue(err.contains("i-up  web 1  Running  running: will be REBOOTED now"), err);
            assertTrue(err.contains("Run again with --yes"), err);
            assertEquals(List.of("web"), aliyun.list(hangzhou).stream().map(r -> r.name()).toList());

            emulator.faults().inject(io.yaoshi.domain.ProviderId.ALIYUN, "AttachKeyPair",
                    io.yaoshi.emulator.Fault.internalError());
            assertEquals(ExitCode.PROVIDER, run("rotate", "web", "--name", "web-2", "--reboot", "--delete-old",
                    "--yes"));
            assertTrue(err.contains("Stopped: i-up, i-down did not take the new key pair"), err);
            assertTrue(out.contains("InternalError"), out);
            assertEquals(ExitCode.USAGE, run("rotate", "web", "--name", "other", "--yes"));
            assertTrue(err.contains("A rotation of web to web-2 is under way"), err);

            assertEquals(0, run("rotate", "web", "--yes"), err);
            assertTrue(err.contains("Resuming the rotation of web → web-2, stopped at: Binding it to the servers."),
                    err);
            assertTrue(err.contains("i-up (web 1): rebooting"), err);
            assertTrue(out.lines().anyMatch(l -> l.startsWith("i-up") && l.contains("in effect now")
                    && l.contains("not verified")), out);
            assertTrue(err.contains("Rotated web → web-2 on 2 server(s); web is retired here."), err);
            assertEquals(List.of("web-2"), aliyun.list(hangzhou).stream().map(r -> r.name()).toList());

            assertEquals(0, run("list", "--json"), err);
            com.fasterxml.jackson.databind.JsonNode listed = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(out);
            for (com.fasterxml.jackson.databind.JsonNode k : listed) {
                assertEquals(k.get("name").asText().equals("web"), k.get("retired").asBoolean(), k.toString());
            }
            assertEquals(0, run("create", "--name", "laptop", "--type", "ed25519"), err);
            assertEquals(ExitCode.VALIDATION, run("rotate", "laptop", "--yes"));
        }
    }

    private static io.yaoshi.provider.CloudKeyProvider emulatedAliyun(io.yaoshi.emulator.CloudEmulator emulator) {
        return new io.yaoshi.provider.aliyun.AliyunKeyProvider(new io.yaoshi.domain.CloudAccount(
                io.yaoshi.domain.ProviderId.ALIYUN, io.yaoshi.emulator.EmulatorAccounts.ALIYUN_ACCESS_KEY_ID, "",
                emulator.aliyunEndpoint().toString()),
                io.yaoshi.emulator.EmulatorAccounts.ALIYUN_ACCESS_KEY_SECRET::toCharArray,
                new io.yaoshi.provider.http.JsonHttp(java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(10)),
                io.yaoshi.provider.RetryPolicy.standard(), java.time.Clock.systemUTC(),
                new java.security.SecureRandom());
    }
}
