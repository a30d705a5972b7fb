package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.agent.AgentFrontEnd;
import io.yaoshi.agent.AgentKeys;
import io.yaoshi.agent.AgentServer;
import io.yaoshi.agent.OfferedKey;
import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.keys.SshKeyPair;
import io.yaoshi.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys loaded into a real OpenSSH {@code ssh-agent}, checked with {@code ssh-add} and {@code ssh-keygen -Y}. */
class AgentLoaderTest {

    @TempDir
    Path dir;

    private VaultSession vault;
    private AgentLoader loader;
    private final List<Process> agents = new ArrayList<>();

    @BeforeEach
    void vault() throws Exception {
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        loader = new AgentLoader(vault, dir.resolve("own.sock"), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        vault.close();
        for (Process agent : agents) {
            agent.destroy();
            agent.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private KeyPairRecord create(String name, KeyAlgorithm type) throws Exception {
        return Fixtures.keyService(vault).create(new KeyPairSpec(Placement.local(), name, List.of(), type,
                CreateMode.IMPORT));
    }

    /** OpenSSH's agent in the foreground at its own socket; {@code askpass} answers its confirmations. */
    private Path sshAgent(Map<String, String> environment) throws Exception {
        Path socket = dir.resolve("ssh-agent-" + agents.size() + ".sock");
        ProcessBuilder builder = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("ssh-agent.log").toFile());
        builder.environment().putAll(environment);
        agents.add(builder.start());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(socket)) {
            assertTrue(System.nanoTime() < deadline, "ssh-agent did not start");
            Thread.sleep(50);
        }
        return socket;
    }

    private record Result(int exit, String output) {
    }

    private Result run(Path agent, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
        builder.environment().put("SSH_AUTH_SOCK", agent.toString());
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Result(p.exitValue(), output);
    }

    /** Signs a file through the agent with this key; true when ssh-keygen got a signature. */
    private boolean signs(Path agent, KeyPairRecord key) throws Exception {
        Path pub = Files.writeString(dir.resolve(key.name() + ".pub"), key.publicKey() + "\n");
        Path message = Files.writeString(dir.resolve(key.name() + ".txt"), "loaded\n");
        Files.deleteIfExists(dir.resolve(key.name() + ".txt.sig"));
        return run(agent, "ssh-keygen", "-Y", "sign", "-f", pub.toString(), "-n", "file", message.toString())
                .exit() == 0 && Files.exists(dir.resolve(key.name() + ".txt.sig"));
    }

    @Test
    void everyKeyTypeLoadsSignsThereAndIsRemovedOnLock() throws Exception {
        Path agent = sshAgent(Map.of());
        List<KeyPairRecord> keys = List.of(create("ed", KeyAlgorithm.ED25519), create("p256",
                KeyAlgorithm.ECDSA_P256), create("p384", KeyAlgorithm.ECDSA_P384), create("rsa",
                KeyAlgorithm.RSA_2048));

        for (KeyPairRecord key : keys) {
            loader.load(key.id(), Optional.of(agent), Duration.ofMinutes(5), false);
        }

        String listed = run(agent, "ssh-add", "-l").output();
        for (KeyPairRecord key : keys) {
            assertTrue(listed.contains(key.fingerprints().sha256() + " yaoshi: " + key.name()), listed);
            assertTrue(signs(agent, key), key.name());
        }
        assertEquals(4, loader.unloadAll());
        assertTrue(run(agent, "ssh-add", "-l").output().contains("no identities"));
    }

    @Test
    void theLifetimeIsTheAgentsToKeep() throws Exception {
        Path agent = sshAgent(Map.of());
        KeyPairRecord key = create("short", KeyAlgorithm.ED25519);

        // ssh-agent counts whole seconds, so a lifetime of 1 may end at once: 3 leaves time to see it loaded
        loader.load(key.id(), Optional.of(agent), Duration.ofSeconds(3), false);
        assertTrue(run(agent, "ssh-add", "-l").output().contains(key.fingerprints().sha256()));

        // ssh-agent drops it on its own once the time is over: wait for that state, not for a time
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!run(agent, "ssh-add", "-l").output().contains("no identities")) {
            assertTrue(System.nanoTime() < deadline, "ssh-agent kept a key past its lifetime");
            Thread.onSpinWait();
        }
    }

    @Test
    void aConfirmedKeyMakesTheAgentAskBeforeEachUse() throws Exception {
        Path asked = dir.resolve("asked");
        Path askpass = Files.writeString(dir.resolve("askpass.sh"), "#!/bin/sh\necho \"$1\" >> " + asked + "\n");
        Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        Path agent = sshAgent(Map.of("SSH_ASKPASS", askpass.toString(), "SSH_ASKPASS_REQUIRE", "force",
                "DISPLAY", ":0"));
        KeyPairRecord key = create("confirmed", KeyAlgorithm.ED25519);

        loader.load(key.id(), Optional.of(agent), Duration.ofMinutes(5), true);

        assertTrue(signs(agent, key));
        assertTrue(Files.readString(asked).contains(key.fingerprints().sha256()), "ssh-agent asked its askpass");
    }

    @Test
    void anAgentThatRefusesConstraintsGetsNothing() throws Exception {
        KeyPairRecord key = create("web", KeyAlgorithm.ED25519);
        AgentKeys none = new AgentKeys() {
            @Override
            public List<OfferedKey> offered() {
                return List.of();
            }

            @Override
            public boolean locked() {
                return false;
            }

            @Override
            public Optional<SshKeyPair> privateKey(OfferedKey offered) {
                return Optional.empty();
            }
        };
        // Yaoshi's own agent refuses every add, as gnome-keyring refuses constraints
        try (AgentServer refusing = AgentServer.start(dir.resolve("refusing.sock"), none, AgentFrontEnd.HEADLESS)) {
            AgentLoadException e = assertThrows(AgentLoadException.class, () -> loader.load(key.id(),
                    Optional.of(refusing.socket()), Duration.ofMinutes(5), false));
            assertEquals(AgentLoadException.Problem.REFUSED, e.problem());
        }
        assertEquals(0, loader.unloadAll());
    }

    @Test
    void noAgentOurOwnOrNoneAnsweringIsSaidPlainly() throws Exception {
        KeyPairRecord key = create("web", KeyAlgorithm.ED25519);
        Path own = sshAgent(Map.of()); // any socket will do as "ours"
        AgentLoader ours = new AgentLoader(vault, own, Clock.systemUTC());

        assertEquals(AgentLoadException.Problem.NO_AGENT, assertThrows(AgentLoadException.class,
                () -> loader.load(key.id(), Optional.empty(), Duration.ofMinutes(1), false)).problem());
        assertEquals(AgentLoadException.Problem.OWN_AGENT, assertThrows(AgentLoadException.class,
                () -> ours.load(key.id(), Optional.of(own), Duration.ofMinutes(1), false)).problem());
        assertEquals(AgentLoadException.Problem.UNREACHABLE, assertThrows(AgentLoadException.class,
                () -> loader.load(key.id(), Optional.of(dir.resolve("nobody.sock")), Duration.ofMinutes(1),
                        false)).problem());
        assertTrue(run(own, "ssh-add", "-l").output().contains("no identities"));
    }
}
