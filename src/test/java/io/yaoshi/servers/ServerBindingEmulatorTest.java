package io.yaoshi.servers;

import static io.yaoshi.servers.EmulatedClouds.BJ2;
import static io.yaoshi.servers.EmulatedClouds.HANGZHOU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.emulator.CloudEmulator;
import io.yaoshi.emulator.EmulatorAccounts;
import io.yaoshi.provider.CloudKeyProvider;
import io.yaoshi.provider.InstanceResult;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.servers.BindingOutcome.Result;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
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
 * Binding through the real adapters over real HTTP against the emulator: Aliyun's batches of 50 with a result per
 * instance, a reboot only when allowed, UCloud's stop → reset → start; and what the clouds then hold, read back from
 * the emulator (the key pair bound, the one a login meets, the power state).
 */
class ServerBindingEmulatorTest {

    @TempDir
    Path dir;

    private CloudEmulator emulator;
    private EmulatedClouds clouds;
    private VaultSession vault;
    private final List<String> steps = new ArrayList<>();
    private final List<HistoryEvent> recorded = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        emulator = CloudEmulator.start(0, EmulatorAccounts.defaults());
        clouds = new EmulatedClouds(emulator);
        vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
    }

    @AfterEach
    void stop() {
        vault.close();
        emulator.close();
    }

    private ServerBinding binding(CloudKeyProvider cloud) {
        return new ServerBinding(provider -> cloud, recorded::add, Duration.ofMillis(5), Duration.ofSeconds(5));
    }

    private List<BindingOutcome> carryOut(CloudKeyProvider cloud, BindingPlan plan, boolean restart)
            throws ProviderException {
        return binding(cloud).carryOut(plan, restart, (server, step) -> steps.add(server.id() + " " + step));
    }

    @Test
    void aliyunBindsFiftyAtATimeReadsEachResultAndRebootsNothingUnasked() throws Exception {
        CloudKeyProvider cloud = clouds.aliyun();
        KeyPairRecord key = EmulatedClouds.keyAt(vault, cloud, HANGZHOU, "fresh");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            clouds.seed(HANGZHOU, "i-" + i, "node-" + i, i < 55 ? "Running" : "Stopped", "linux", Optional.empty(),
                    Optional.of("old"));
            ids.add("i-" + i);
        }
        clouds.seed(HANGZHOU, "i-win", "build", "Running", "windows", Optional.empty(), Optional.empty());
        ids.add(30, "i-win");

        BindingPlan plan = binding(cloud).plan(key, ids, false);
        List<BindingOutcome> outcomes = carryOut(cloud, plan, false);

        assertEquals(61, outcomes.size(), "one outcome per instance, over two batches");
        assertEquals(new BindingOutcome(plan.instances().get(30), Result.FAILED,
                "DependencyViolation.WindowsInstance"), outcomes.get(30), "HTTP 200 is not success for each one");
        assertEquals(Result.AFTER_REBOOT, outcomes.get(0).result());
        assertEquals(Result.AT_NEXT_START, outcomes.get(60).result());
        assertEquals(Optional.of("fresh"), clouds.server(HANGZHOU, "i-0").keyPair());
        assertEquals(Optional.of("old"), clouds.server(HANGZHOU, "i-0").activeKeyPair(), "not rebooted: not in effect");
        assertEquals("Stopped", clouds.server(HANGZHOU, "i-59").state(), "a stopped instance is not started");
        assertTrue(steps.stream().noneMatch(s -> s.endsWith("REBOOTING")), steps.toString());
    }

    @Test
    void aliyunRebootsTheRunningInstancesWhenAllowedAndWaitsUntilTheyRun() throws Exception {
        CloudKeyProvider cloud = clouds.aliyun();
        KeyPairRecord key = EmulatedClouds.keyAt(vault, cloud, HANGZHOU, "fresh");
        clouds.seed(HANGZHOU, "i-up", "up", "Running", "linux", Optional.empty(), Optional.of("old"));
        clouds.seed(HANGZHOU, "i-down", "down", "Stopped", "linux", Optional.empty(), Optional.of("old"));

        BindingPlan plan = binding(cloud).plan(key, List.of("i-up", "i-down"), false);
        assertEquals(List.of("i-up"), plan.toRestart().stream().map(ServerInstance::id).toList());
        List<BindingOutcome> outcomes = carryOut(cloud, plan, true);

        assertEquals(List.of(Result.IN_EFFECT, Result.AT_NEXT_START),
                outcomes.stream().map(BindingOutcome::result).toList());
        assertEquals(Optional.of("fresh"), clouds.server(HANGZHOU, "i-up").activeKeyPair(), "rebooted: in effect");
        assertEquals("Running", clouds.server(HANGZHOU, "i-up").state());
        assertEquals("Stopped", clouds.server(HANGZHOU, "i-down").state());
        assertEquals(List.of("i-up BINDING", "i-down BINDING", "i-up REBOOTING", "i-up WAITING_RUNNING"), steps);
        assertEquals(List.of("server.bind fresh i-up in_effect true", "server.bind fresh i-down at_next_start true"),
                recorded.stream().map(e -> String.join(" ", e.action().code(), e.keyName().orElseThrow(),
                        e.detail().get("instance"), e.detail().get("result"), e.detail().get("restart"))).toList(),
                "each server's outcome in the history");
    }

    @Test
    void aliyunUnbindsAndReportsAnInstanceHoldingAnotherKeyPair() throws Exception {
        CloudKeyProvider cloud = clouds.aliyun();
        KeyPairRecord key = EmulatedClouds.keyAt(vault, cloud, HANGZHOU, "web");
        clouds.seed(HANGZHOU, "i-1", "one", "Running", "linux", Optional.empty(), Optional.of("web"));
        clouds.seed(HANGZHOU, "i-2", "two", "Running", "linux", Optional.empty(), Optional.of("other"));

        List<BindingOutcome> outcomes = carryOut(cloud, binding(cloud).plan(key, List.of("i-1", "i-2"), true), false);

        assertEquals(Result.AFTER_REBOOT, outcomes.get(0).result());
        assertEquals(Optional.empty(), clouds.server(HANGZHOU, "i-1").keyPair());
        assertEquals(new BindingOutcome(outcomes.get(1).instance(), Result.FAILED, "InvalidKeyPairName.NotAttached"),
                outcomes.get(1));
        assertEquals(Optional.of("other"), clouds.server(HANGZHOU, "i-2").keyPair(), "unchanged");
    }

    @Test
    void aDeleteAtTheCloudIsRefusedWhileAnInstanceHoldsTheKeyPair() throws Exception {
        CloudKeyProvider cloud = clouds.aliyun();
        KeyPairRecord key = EmulatedClouds.keyAt(vault, cloud, HANGZHOU, "web");
        clouds.seed(HANGZHOU, "i-1", "one", "Running", "linux", Optional.empty(), Optional.of("web"));

        ProviderException refused = assertThrows(ProviderException.class,
                () -> Fixtures.keyService(vault, p -> cloud).deleteRemotely(key.id()));

        assertEquals("InvalidParameter.KeypairAlreadyAttachedInstance", refused.code());
        assertTrue(vault.find(key.id()).isPresent(), "kept here too");
        carryOut(cloud, binding(cloud).plan(key, List.of("i-1"), true), false);
        Fixtures.keyService(vault, p -> cloud).deleteRemotely(key.id());
        assertTrue(cloud.list(HANGZHOU).isEmpty());
    }

    @Test
    void aPlanRefusesWhatItCannotDoBeforeAnyChange() throws Exception {
        CloudKeyProvider cloud = clouds.aliyun();
        KeyPairRecord key = EmulatedClouds.keyAt(vault, cloud, HANGZHOU, "web");
        clouds.seed(HANGZHOU, "i-1", "one", "Running", "linux", Optional.empty(), Optional.of("old"));

        BindingRefusedException unknown = assertThrows(BindingRefusedException.class,
                () -> binding(cloud).plan(key, List.of("i-1", "i-nope", "i-1"), false));
        assertEquals(BindingRefusedException.Reason.UNKNOWN_INSTANCES, unknown.reason());
        assertEquals(List.of("i-nope"), unknown.subjects());
        assertEquals(BindingRefusedException.Reason.NO_INSTANCES, assertThrows(BindingRefusedException.class,
                () -> binding(cloud).plan(key, List.of(" ", ""), false)).reason());
        KeyPairRecord local = Fixtures.keyService(vault).create(new io.yaoshi.domain.KeyPairSpec(
                Placement.local(), "here", List.of(), io.yaoshi.domain.KeyAlgorithm.ED25519,
                io.yaoshi.domain.CreateMode.IMPORT));
        assertEquals(BindingRefusedException.Reason.NOT_AT_A_CLOUD, assertThrows(BindingRefusedException.class,
                () -> binding(cloud).plan(local, List.of("i-1"), false)).reason());
        assertEquals(Optional.of("old"), clouds.server(HANGZHOU, "i-1").keyPair());
    }

    @Test
    void ucloudLeavesARunningHostAloneUnlessAllowedThenStopsResetsAndStartsIt() throws Exception {
        CloudKeyProvider cloud = clouds.ucloud();
        KeyPairRecord key = EmulatedClouds.keyAt(vault, cloud, BJ2, "fresh");
        clouds.seed(BJ2, "uhost-up", "up", "Running", "Linux", Optional.empty(), Optional.of("uk-old"));
        clouds.seed(BJ2, "uhost-down", "down", "Stopped", "Linux", Optional.empty(), Optional.of("uk-old"));
        BindingPlan plan = binding(cloud).plan(key, List.of("uhost-up", "uhost-down"), false);

        List<BindingOutcome> unasked = carryOut(cloud, plan, false);
        assertEquals(new BindingOutcome(plan.instances().get(0), Result.NEEDS_RESTART, "8010"), unasked.get(0));
        assertEquals(Optional.of("uk-old"), clouds.server(BJ2, "uhost-up").keyPair());
        assertEquals("Running", clouds.server(BJ2, "uhost-up").state());
        assertEquals(Result.AT_NEXT_START, unasked.get(1).result());
        assertEquals(Optional.of(key.providerKeyId()), clouds.server(BJ2, "uhost-down").keyPair());
        assertEquals("Stopped", clouds.server(BJ2, "uhost-down").state());

        steps.clear();
        List<BindingOutcome> allowed = carryOut(cloud, binding(cloud).plan(key, List.of("uhost-up"), false), true);

        assertEquals(Result.IN_EFFECT, allowed.get(0).result());
        assertEquals(List.of("uhost-up STOPPING", "uhost-up WAITING_STOPPED", "uhost-up BINDING", "uhost-up STARTING",
                "uhost-up WAITING_RUNNING"), steps);
        assertEquals(Optional.of(key.providerKeyId()), clouds.server(BJ2, "uhost-up").activeKeyPair());
        assertEquals("Running", clouds.server(BJ2, "uhost-up").state());
    }

    @Test
    void ucloudAnswers8010ForAResetOnARunningHostAndHasNoUnbind() throws Exception {
        CloudKeyProvider cloud = clouds.ucloud();
        KeyPairRecord key = EmulatedClouds.keyAt(vault, cloud, BJ2, "fresh");
        clouds.seed(BJ2, "uhost-up", "up", "Running", "Linux", Optional.empty(), Optional.empty());

        InstanceResult direct = cloud.attach(BJ2, key.providerKeyId(), List.of("uhost-up")).get(0);

        assertEquals(new InstanceResult("uhost-up", false, "8010", direct.message()), direct);
        assertEquals(BindingRefusedException.Reason.NO_UNBIND, assertThrows(BindingRefusedException.class,
                () -> binding(cloud).plan(key, List.of("uhost-up"), true)).reason());
    }
}
