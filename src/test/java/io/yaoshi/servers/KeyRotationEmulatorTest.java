package io.yaoshi.servers;

import static io.yaoshi.servers.EmulatedClouds.HANGZHOU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.agent.AgentFrontEnd;
import io.yaoshi.agent.AgentServer;
import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.emulator.CloudEmulator;
import io.yaoshi.emulator.EmulatedInstance;
import io.yaoshi.emulator.EmulatorAccounts;
import io.yaoshi.emulator.Fault;
import io.yaoshi.provider.CloudKeyProvider;
import io.yaoshi.provider.RemoteKeyPair;
import io.yaoshi.service.AgentPolicies;
import io.yaoshi.service.EventRecorder;
import io.yaoshi.service.SyncService;
import io.yaoshi.service.VaultAgentKeys;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.LocalSshd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rotations end to end against the emulator over real HTTP: interrupted by a lost answer and by a crash, then resumed
 * with nothing done twice; and checked by a real login through Yaoshi's agent to a real sshd on 127.0.0.1.
 */
class KeyRotationEmulatorTest {

    private static final AgentPolicy SILENT = new AgentPolicy(true, AgentPolicy.Confirm.NEVER,
            AgentPolicy.Forwarding.DENY);

    @TempDir
    Path dir;

    private CloudEmulator emulator;
    private EmulatedClouds clouds;
    private CloudKeyProvider cloud;
    private VaultSession vault;
    private Servers servers;
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        emulator = CloudEmulator.start(0, EmulatorAccounts.defaults());
        clouds = new EmulatedClouds(emulator);
        cloud = clouds.aliyun();
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        servers = Servers.over(vault, provider -> cloud, Fixtures.keyService(vault, provider -> cloud),
                new SyncService(vault, provider -> cloud), new AgentPolicies(vault),
                new ServerBinding(provider -> cloud, EventRecorder.NONE, Duration.ofMillis(5), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        vault.close();
        emulator.close();
    }

    private KeyRotation.LoginSetup noAgent() {
        return new KeyRotation.LoginSetup(dir.resolve("no-agent.sock"), dir.resolve("pub"), dir.resolve("home"), 22);
    }

    private RotationListener recording() {
        return new RotationListener() {
            @Override
            public void stepStarted(RotationState.Step step) {
                events.add(step.name());
            }

            @Override
            public void checked(ServerInstance server, LoginCheck.Result result) {
                events.add(server.id() + " " + result.verdict());
            }

            @Override
            public void step(ServerInstance server, BindingStep step) {
                events.add(server.id() + " " + step);
            }
        };
    }

    private List<String> namesAtCloud() throws Exception {
        return cloud.list(HANGZHOU).stream().map(RemoteKeyPair::name).sorted().toList();
    }

    @Test
    void aRotationStoppedByALostAnswerResumesAndFinishesWithTheOldKeyRetired() throws Exception {
        KeyPairRecord old = EmulatedClouds.keyAt(vault, cloud, HANGZHOU, "web");
        clouds.seed(HANGZHOU, "i-1", "one", "Running", "linux", Optional.empty(), Optional.of("web"));
        clouds.seed(HANGZHOU, "i-2", "two", "Stopped", "linux", Optional.empty(), Optional.of("web"));
        clouds.seed(HANGZHOU, "i-3", "other", "Running", "linux", Optional.empty(), Optional.of("not-ours"));
        KeyRotation rotation = servers.rotation();
        RotationPlan plan = rotation.plan(old, Optional.of("web-new"), Optional.empty(), true, true);
        assertEquals(List.of("i-1", "i-2"), plan.servers().stream().map(ServerInstance::id).toList());
        assertEquals(List.of("i-1"), plan.toRestart().stream().map(ServerInstance::id).toList());
        emulator.faults().inject(ProviderId.ALIYUN, "AttachKeyPair", Fault.dropResponse());

        KeyRotation.Outcome stopped = rotation.start(plan, noAgent(), recording());

        assertEquals(RotationStop.Reason.BINDING_INCOMPLETE, stopped.stop().orElseThrow().reason());
        assertEquals(RotationState.Step.BIND, rotation.unfinished(old.id()).orElseThrow().step());
        assertEquals(List.of("web", "web-new"), namesAtCloud(), "the new key pair made once");

        vault.lock();
        vault.unlock(Fixtures.password());
        events.clear();
        KeyRotation.Outcome done = rotation.run(rotation.unfinished(old.id()).orElseThrow(), noAgent(), recording());

        assertTrue(done.stop().isEmpty(), done.toString());
        assertEquals(RotationState.Step.DONE, done.state().step());
        assertEquals(List.of("BIND", "i-1 BINDING", "i-2 BINDING", "i-1 REBOOTING", "i-1 WAITING_RUNNING", "VERIFY",
                "i-1 NOT_VERIFIED", "i-2 NOT_VERIFIED", "DELETE_OLD"), events);
        assertEquals("IN_EFFECT", done.state().outcomes().get("i-1").result());
        assertEquals("AT_NEXT_START", done.state().outcomes().get("i-2").result());
        assertEquals(LoginCheck.AGENT_NOT_RUNNING, done.state().checks().get("i-1").detail(), "never a silent pass");
        assertEquals(List.of("web-new"), namesAtCloud(), "the old key pair deleted at the cloud");
        assertEquals(Optional.of("web-new"), clouds.server(HANGZHOU, "i-1").activeKeyPair());
        assertEquals(Optional.of("not-ours"), clouds.server(HANGZHOU, "i-3").keyPair(), "left alone");
        assertEquals(Optional.of("web-new"), servers.inventory().cached(HANGZHOU).orElseThrow().servers().get(0)
                .instance().keyPair(), "the kept reading shows the new binding");
        KeyPairRecord retired = vault.find(old.id()).orElseThrow();
        assertEquals(RemoteState.MISSING, retired.remoteState());
        assertTrue(retired.hasPrivateKey(), "its private key stays here");
        assertEquals(List.of(old.id()), rotation.retired());
        assertTrue(rotation.unfinished(old.id()).isEmpty());
        assertTrue(servers.inventory().cached(HANGZHOU).orElseThrow().boundNowhere().isEmpty(),
                "a key pair gone from its cloud is bound nowhere there, and not named so");
    }

    @Test
    void aCrashMidBindingResumesWithoutRebootingAServerTwice() throws Exception {
        KeyPairRecord old = EmulatedClouds.keyAt(vault, cloud, HANGZHOU, "web");
        clouds.seed(HANGZHOU, "i-1", "one", "Running", "linux", Optional.empty(), Optional.of("web"));
        clouds.seed(HANGZHOU, "i-2", "two", "Running", "linux", Optional.empty(), Optional.of("web"));
        KeyRotation rotation = servers.rotation();
        RotationPlan plan = rotation.plan(old, Optional.empty(), Optional.empty(), true, false);
        RotationListener crashing = new RotationListener() {
            @Override
            public void stepStarted(RotationState.Step step) {
            }

            @Override
            public void checked(ServerInstance server, LoginCheck.Result result) {
            }

            @Override
            public void step(ServerInstance server, BindingStep step) {
            }

            @Override
            public void finished(BindingOutcome outcome) {
                throw new IllegalStateException("the process dies here");
            }
        };

        assertThrows(IllegalStateException.class, () -> rotation.start(plan, noAgent(), crashing));
        events.clear();
        KeyRotation.Outcome done = rotation.run(rotation.unfinished(old.id()).orElseThrow(), noAgent(), recording());

        assertEquals(RotationState.Step.DONE, done.state().step());
        assertTrue(events.contains("i-2 REBOOTING"), events.toString());
        assertTrue(!events.contains("i-1 REBOOTING") && !events.contains("i-1 BINDING"),
                "i-1 was done before the crash: " + events);
        assertEquals(List.of("web", plan.newName()), namesAtCloud(), "not asked to delete the old one");
    }

    @Test
    void aRealLoginThroughTheAgentVerifiesTheNewKeyAndARefusalKeepsTheOldOne() throws Exception {
        KeyPairRecord old = EmulatedClouds.keyAt(vault, cloud, HANGZHOU, "web");
        AgentPolicies policies = new AgentPolicies(vault);
        policies.set(old.id(), SILENT);
        servers.users().set(old.id(), System.getProperty("user.name"));
        emulator.state().seedInstance(new EmulatedInstance(HANGZHOU, "i-local", "local", "Running", "linux",
                "cn-hangzhou-h", Optional.empty(), List.of("127.0.0.1"), List.of(), Optional.of("web")));
        Path authorized = Files.writeString(dir.resolve("authorized_keys"), old.publicKey() + "\n");
        Path socket = dir.resolve("agent.sock");
        try (LocalSshd sshd = LocalSshd.start(dir, authorized);
             AgentServer agent = AgentServer.start(socket, new VaultAgentKeys(vault, policies, p -> true,
                     VaultAgentKeys.VaultThread.CALLER), AgentFrontEnd.HEADLESS)) {
            KeyRotation.LoginSetup setup = new KeyRotation.LoginSetup(agent.socket(), dir.resolve("pub"),
                    dir.resolve("home"), sshd.port());
            KeyRotation rotation = servers.rotation();

            // the server did not take the new key (its authorized_keys still holds the old one only)
            KeyRotation.Outcome refused = rotation.start(rotation.plan(old, Optional.of("web-new"), Optional.empty(),
                    true, true), setup, recording());

            assertEquals(RotationStop.Reason.LOGIN_REFUSED, refused.stop().orElseThrow().reason());
            assertEquals(List.of("web", "web-new"), namesAtCloud(), "the old key pair kept at the cloud");

            KeyPairRecord fresh = vault.find(refused.state().newKey().orElseThrow()).orElseThrow();
            Files.writeString(authorized, fresh.publicKey() + "\n"); // what the cloud does at the reboot
            events.clear();
            KeyRotation.Outcome done = rotation.run(rotation.unfinished(old.id()).orElseThrow(), setup, recording());

            assertEquals(RotationState.Step.DONE, done.state().step(), done.toString());
            assertEquals(List.of("VERIFY", "i-local VERIFIED", "DELETE_OLD"), events);
            assertEquals(List.of("web-new"), namesAtCloud());
            assertTrue(sshd.log().contains("Accepted publickey"), sshd.log());
        }
    }

    @Test
    void aNewNameTheCloudRefusesLeavesNoRotationBehind() throws Exception {
        KeyPairRecord old = EmulatedClouds.keyAt(vault, cloud, HANGZHOU, "web");
        EmulatedClouds.keyAt(vault, cloud, HANGZHOU, "taken");
        KeyRotation rotation = servers.rotation();

        assertThrows(io.yaoshi.service.ValidationException.class, () -> rotation.start(rotation.plan(old,
                Optional.of("taken"), Optional.empty(), false, false), noAgent(), recording()));

        assertTrue(rotation.unfinished(old.id()).isEmpty(), "another name can be chosen");
        assertEquals(List.of("taken", "web"), namesAtCloud());
    }
}
