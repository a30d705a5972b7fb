package io.yaoshi.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.keys.KeyExporter;
import io.yaoshi.keys.SshKeyPair;
import io.yaoshi.sshconfig.UseWithSsh;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.LocalSshd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Yaoshi's agent as OpenSSH's own tools use it: {@code ssh-add -l}, {@code ssh-keygen -Y sign} and {@code -Y verify},
 * and a real login to an {@code sshd} this test starts on 127.0.0.1 with its own configuration, host key and port.
 */
class AgentOpenSshTest {

    private static final AgentPolicy SILENT = new AgentPolicy(true, AgentPolicy.Confirm.NEVER,
            AgentPolicy.Forwarding.DENY);
    private static final List<KeyAlgorithm> TYPES = List.of(KeyAlgorithm.ED25519, KeyAlgorithm.ECDSA_P256,
            KeyAlgorithm.ECDSA_P384, KeyAlgorithm.RSA_2048);

    @TempDir
    Path dir;

    private final InMemoryKeys keys = new InMemoryKeys();
    private final Map<KeyAlgorithm, Path> publicKeyFiles = new LinkedHashMap<>();
    private AgentServer agent;
    private LocalSshd sshd;

    @BeforeEach
    void agentWithOneKeyOfEachType() throws Exception {
        KeyExporter exporter = new KeyExporter(new SecureRandom());
        for (KeyAlgorithm type : TYPES) {
            SshKeyPair pair = keys.add("key-" + type.id(), type, SILENT);
            publicKeyFiles.put(type, Files.write(dir.resolve(type.id() + ".pub"),
                    exporter.exportPublic(pair.publicKey(), ExportFormat.PUBLIC)));
        }
        agent = AgentServer.start(dir.resolve("agent.sock"), keys, AgentFrontEnd.HEADLESS);
    }

    @AfterEach
    void stop() throws Exception {
        agent.close();
        if (sshd != null) {
            sshd.close();
        }
    }

    private record Result(int exit, String output) {
    }

    private Result run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
        builder.environment().put("SSH_AUTH_SOCK", agent.socket().toString());
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        return new Result(p.exitValue(), out);
    }

    private String fingerprintOf(Path publicKeyFile) throws Exception {
        return run("ssh-keygen", "-l", "-f", publicKeyFile.toString()).output().split(" ")[1];
    }

    @Test
    void sshAddListsEveryKeyWithTheFingerprintSshKeygenComputes() throws Exception {
        Result listed = run("ssh-add", "-l");

        assertEquals(0, listed.exit(), listed.output());
        for (Path file : publicKeyFiles.values()) {
            assertTrue(listed.output().contains(fingerprintOf(file)), listed.output());
        }
        assertEquals(TYPES.size(), listed.output().strip().lines().count());
    }

    @Test
    void sshKeygenSignsThroughTheAgentAndVerifiesForEveryKeyType() throws Exception {
        Path message = Files.writeString(dir.resolve("message.txt"), "a commit to sign\n");
        for (Map.Entry<KeyAlgorithm, Path> key : publicKeyFiles.entrySet()) {
            Files.deleteIfExists(dir.resolve("message.txt.sig"));
            Result signed = run("ssh-keygen", "-Y", "sign", "-f", key.getValue().toString(), "-n", "git",
                    message.toString());
            assertEquals(0, signed.exit(), key.getKey() + ": " + signed.output());

            Path allowed = Files.writeString(dir.resolve("allowed_signers"),
                    "me@example.com " + Files.readString(key.getValue()).strip() + "\n");
            Result verified = run("sh", "-c", "ssh-keygen -Y verify -f " + allowed + " -I me@example.com -n git -s "
                    + message + ".sig < " + message);
            assertEquals(0, verified.exit(), key.getKey() + ": " + verified.output());
            assertTrue(verified.output().contains("Good \"git\" signature"), verified.output());

            Result otherNamespace = run("sh", "-c", "ssh-keygen -Y verify -f " + allowed
                    + " -I me@example.com -n file -s " + message + ".sig < " + message);
            assertNotEquals(0, otherNamespace.exit(), "a signature for git is not one for file");
        }
    }

    private int startSshd(Path authorizedKeys) throws Exception {
        sshd = LocalSshd.start(dir, authorizedKeys);
        return sshd.port();
    }

    private List<String> ssh(int port, Path identity, String... extra) {
        List<String> command = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-p", Integer.toString(port),
                "-o", "IdentityAgent=" + agent.socket(), "-o", "IdentitiesOnly=yes", "-o", "IdentityFile=" + identity,
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=" + dir.resolve("known_hosts"),
                "-o", "BatchMode=yes", "-o", "ConnectTimeout=10"));
        command.addAll(List.of(extra));
        return command;
    }

    @Test
    void aRealLoginGoesThroughTheAgentWithTheKeyPinnedForEveryTypeAndBothRsaHashes() throws Exception {
        Path authorized = dir.resolve("authorized_keys");
        StringBuilder lines = new StringBuilder();
        for (Path file : publicKeyFiles.values()) {
            lines.append(Files.readString(file).strip()).append('\n');
        }
        Files.writeString(authorized, lines);
        int port = startSshd(authorized);
        String user = System.getProperty("user.name");

        for (Map.Entry<KeyAlgorithm, Path> key : publicKeyFiles.entrySet()) {
            List<String> command = ssh(port, key.getValue(), user + "@127.0.0.1", "echo", "logged-in-" + key.getKey()
                    .id());
            Result login = run(command.toArray(String[]::new));
            assertEquals(0, login.exit(), key.getKey() + ": " + login.output() + Files.readString(dir.resolve(
                    "sshd.log")));
            assertTrue(login.output().contains("logged-in-" + key.getKey().id()), login.output());
        }
        for (String rsaHash : List.of("rsa-sha2-256", "rsa-sha2-512")) {
            List<String> command = ssh(port, publicKeyFiles.get(KeyAlgorithm.RSA_2048), "-o",
                    "PubkeyAcceptedAlgorithms=" + rsaHash, user + "@127.0.0.1", "echo", "with-" + rsaHash);
            Result login = run(command.toArray(String[]::new));
            assertEquals(0, login.exit(), rsaHash + ": " + login.output());
        }
        String log = Files.readString(dir.resolve("sshd.log"));
        assertTrue(log.contains("Accepted publickey") && log.contains("RSA SHA256:"), log);
    }

    @Test
    void aRequestForwardedWithSshDashAIsRefusedUnderDeny() throws Exception {
        Path authorized = dir.resolve("authorized_keys");
        Path ed25519 = publicKeyFiles.get(KeyAlgorithm.ED25519);
        Files.writeString(authorized, Files.readString(ed25519));
        int port = startSshd(authorized);
        Path message = Files.writeString(dir.resolve("forwarded.txt"), "signed far away\n");
        String user = System.getProperty("user.name");

        // on the far side, with the forwarded agent: listing works, signing is refused (the policy says deny)
        List<String> command = ssh(port, ed25519, "-A", user + "@127.0.0.1",
                "ssh-add -l && ssh-keygen -Y sign -f " + ed25519 + " -n file " + message + "; echo exit=$?");
        Result far = run(command.toArray(String[]::new));

        assertTrue(far.output().contains(fingerprintOf(ed25519)), far.output());
        assertTrue(far.output().contains("exit=255") || far.output().contains("exit=1"), far.output());
        assertTrue(Files.notExists(dir.resolve("forwarded.txt.sig")), "nothing was signed");
    }

    @Test
    void aRealLoginIsRecordedWithTheHostItsHashedKnownHostsEntryNames() throws Exception {
        Path ed25519 = publicKeyFiles.get(KeyAlgorithm.ED25519);
        Path authorized = Files.writeString(dir.resolve("authorized_keys"), Files.readString(ed25519));
        int port = startSshd(authorized);
        Path sshConfig = Files.writeString(dir.resolve("ssh_config"), "Host lab\n  HostName 127.0.0.1\n  Port "
                + port + "\n");
        RecentRequests recorded = new RecentRequests(10);
        agent.close();
        agent = AgentServer.start(dir.resolve("agent.sock"), keys, AgentFrontEnd.HEADLESS.withLog(recorded)
                .withHosts(new KnownHosts(List.of(dir.resolve("known_hosts")), sshConfig)));
        String user = System.getProperty("user.name");

        for (int login = 1; login <= 2; login++) { // the first adds the host key; the second finds it
            List<String> command = ssh(port, ed25519, "-o", "HashKnownHosts=yes", user + "@127.0.0.1", "true");
            Result result = run(command.toArray(String[]::new));
            assertEquals(0, result.exit(), result.output());
        }

        assertTrue(Files.readString(dir.resolve("known_hosts")).startsWith("|1|"), "ssh hashed the entry");
        AgentRequest last = recorded.snapshot().get(0);
        assertEquals(user, ((SignedData.Login) last.what()).user());
        Destination to = last.destination().orElseThrow();
        assertEquals(Optional.of("[127.0.0.1]:" + port), to.name());
        assertEquals(fingerprintOf(dir.resolve("host_ed25519.pub")), to.fingerprint());
    }

    @Test
    void theUseWithSshBlockLogsInWithItsKeyAlone() throws Exception {
        SshKeyPair pinned = keys.add("pinned", KeyAlgorithm.ECDSA_P384, SILENT);
        String line = pinned.publicKey().sshType() + " " + Base64.getEncoder().encodeToString(
                pinned.publicKey().wireBlob());
        Path authorized = Files.writeString(dir.resolve("authorized_keys"), line + "\n");
        int port = startSshd(authorized);
        KeyPairRecord record = Fixtures.record("pinned", Placement.local(), List.of());
        KeyPairRecord same = new KeyPairRecord(record.id(), record.placement(), record.name(), record.algorithm(),
                record.tags(), record.fingerprints(), record.providerKeyId(), record.createdAt(), record.origin(),
                record.remoteState(), line, true);
        // a home elsewhere, so that every path in the block is absolute and ssh finds it here
        UseWithSsh.Written written = new UseWithSsh(dir.resolve("yaoshi"), Path.of("/nonexistent-home"))
                .write(same, "lab", agent.socket());
        Path config = Files.writeString(dir.resolve("ssh_config"), written.hostBlock() + String.join("\n",
                "    HostName 127.0.0.1", "    Port " + port, "    User " + System.getProperty("user.name"),
                "    StrictHostKeyChecking no", "    UserKnownHostsFile " + dir.resolve("known_hosts"),
                "    BatchMode yes", "") + "\n");

        Result login = run("ssh", "-v", "-F", config.toString(), "lab", "echo", "pinned-login");

        assertEquals(0, login.exit(), login.output());
        assertTrue(login.output().contains("pinned-login"), login.output());
        // six other keys sit in the agent; with the block, ssh offered only the pinned one
        assertEquals(1, login.output().lines().filter(l -> l.contains("Offering public key")).count(),
                login.output());
    }
}
