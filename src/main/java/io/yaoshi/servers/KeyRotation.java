package io.yaoshi.servers;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.provider.CloudProviders;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.service.AgentPolicies;
import io.yaoshi.service.KeyFileException;
import io.yaoshi.service.KeyPairNotFoundException;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.SyncService;
import io.yaoshi.service.ValidationException;
import io.yaoshi.service.VaultAccessException;
import io.yaoshi.service.VaultSession;
import io.yaoshi.sshconfig.UseWithSsh;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Rotates a cloud key pair across its servers (SERVERS.md, "Rotation, as the APIs allow it"): a new key pair made here
 * and imported, bound to every server the old one opens, checked with a real login where a server is reachable, and
 * only then the old one deleted at its cloud, if asked, while its private key stays here, retired. Each step is written
 * to a journal in the vault before the next begins, so an interrupted rotation resumes where it stopped and does no
 * step twice.
 */
public final class KeyRotation {

    /** What a run came to: the journal as it stands, and why it stopped if it is not done. */
    public record Outcome(RotationState state, Optional<RotationStop> stop) {
    }

    /**
     * Where logins are checked from: the agent's socket, the folder of public keys, the home (whose known_hosts a
     * first login writes), the ssh port.
     */
    public record LoginSetup(Path agentSocket, Path publicKeyDir, Path home, int port) {

        public static LoginSetup of(Path agentSocket, Path home) {
            return new LoginSetup(agentSocket, UseWithSsh.defaultDir(home), home, 22);
        }

        LoginCheck check() {
            return new OpenSshLoginCheck(home.resolve(".ssh").resolve("known_hosts"), Duration.ofSeconds(8));
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final VaultSession vault;
    private final KeyPairService keys;
    private final SyncService sync;
    private final ServerInventory inventory;
    private final ServerBinding binding;
    private final LoginUsers users;
    private final AgentPolicies policies;
    private final CloudProviders clouds;
    private final RotationJournal journal;
    private final Clock clock;

    public KeyRotation(VaultSession vault, KeyPairService keys, SyncService sync, ServerInventory inventory,
                       ServerBinding binding, LoginUsers users, AgentPolicies policies, CloudProviders clouds,
                       Clock clock) {
        this.vault = vault;
        this.keys = keys;
        this.sync = sync;
        this.inventory = inventory;
        this.binding = binding;
        this.users = users;
        this.policies = policies;
        this.clouds = clouds;
        this.journal = new RotationJournal(vault);
        this.clock = clock;
    }

    /** The rotation of this key pair that was interrupted, if there is one: running it resumes there. */
    public Optional<RotationState> unfinished(KeyId oldKey) throws VaultAccessException {
        return journal.unfinished(oldKey);
    }

    /** The key pairs a finished rotation retired: kept here, no longer the one their servers take. */
    public List<KeyId> retired() throws VaultAccessException {
        return journal.all().stream().filter(r -> r.step() == RotationState.Step.DONE).map(RotationState::oldKey)
                .toList();
    }

    /**
     * What a rotation of {@code old} would touch, read from its cloud now: the servers bound to it.
     *
     * @param newName empty for {@code <old name>-<yyyyMMdd>}
     * @param type    empty for the old key pair's own type
     */
    public RotationPlan plan(KeyPairRecord old, Optional<String> newName,
                             Optional<io.yaoshi.domain.KeyAlgorithm> type, boolean restart, boolean deleteOld)
            throws ProviderException, VaultAccessException, BindingRefusedException {
        if (!old.mayExistAtCloud() || old.remoteId().isEmpty()) {
            throw new BindingRefusedException(BindingRefusedException.Reason.NOT_AT_A_CLOUD, List.of(old.name()));
        }
        List<ServerInstance> bound = inventory.read(old.placement()).servers().stream()
                .map(ServerEntry::instance).filter(i -> i.keyPair().filter(old.remoteId()::equals).isPresent())
                .toList();
        return new RotationPlan(old, newName.orElse(old.name() + "-" + DAY.format(clock.instant())),
                type.orElse(old.algorithm()), bound, clouds.forProvider(old.provider()).bindingStyle(), restart,
                deleteOld);
    }

    /** Writes the journal of a new rotation and runs it. */
    public Outcome start(RotationPlan plan, LoginSetup setup, RotationListener listener) throws Exception {
        RotationState state = new RotationState(UUID.randomUUID(), clock.instant(), plan.oldKey().id(), plan.newName(), plan.type(),
                plan.restart(), plan.deleteOld(), RotationState.Step.CREATE, Optional.empty(),
                plan.servers().stream().map(ServerInstance::id).toList(), Map.of(), Map.of());
        journal.save(state);
        return run(state, setup, listener);
    }

    /** Runs the rotation from the step its journal has reached to its end, or to the first step that cannot finish. */
    public Outcome run(RotationState from, LoginSetup setup, RotationListener listener) throws Exception {
        RotationState state = from;
        while (state.step() != RotationState.Step.DONE) {
            listener.stepStarted(state.step());
            Outcome step = switch (state.step()) {
                case CREATE -> new Outcome(create(state), Optional.empty());
                case BIND -> bind(state, listener);
                case VERIFY -> verify(state, setup, listener);
                case DELETE_OLD -> deleteOld(state);
                case DONE -> new Outcome(state, Optional.empty());
            };
            RotationState.Step done = state.step();
            state = step.state();
            journal.save(state);
            recordStep(state, done, step.stop());
            if (step.stop().isPresent()) {
                return step;
            }
        }
        return new Outcome(state, Optional.empty());
    }

    /** Each step of a rotation in the old key pair's history: which one, the new key pair, and why it stopped. */
    private void recordStep(RotationState state, RotationState.Step step, Optional<RotationStop> stop)
            throws VaultAccessException {
        Optional<KeyPairRecord> old = vault.find(state.oldKey());
        HistoryEvent event = HistoryEvent.of(HistoryAction.KEY_ROTATE)
                .with("step", step.name().toLowerCase(Locale.ROOT))
                .with("newKey", state.newKey().flatMap(this::nameOf).orElse(null))
                .with("result", stop.map(s -> s.reason().name().toLowerCase(Locale.ROOT)).orElse("done"));
        vault.events().record(old.map(event::about).orElse(event));
    }

    private Optional<String> nameOf(KeyId id) {
        try {
            return vault.find(id).map(KeyPairRecord::name);
        } catch (VaultAccessException e) {
            return Optional.empty();
        }
    }

    /**
     * The new key pair, made once: found here by its name if an earlier run made it (a create whose answer was lost
     * settled first), else created and imported. It takes over the old one's agent policy and login user.
     */
    private RotationState create(RotationState state) throws Exception {
        KeyPairRecord old = find(state.oldKey());
        Optional<KeyPairRecord> made = madeEarlier(state, old);
        if (made.filter(k -> k.remoteState() == RemoteState.PENDING).isPresent()) {
            sync.reconcilePending();
            made = madeEarlier(state, old);
        }
        KeyPairRecord fresh;
        if (made.filter(k -> k.mayExistAtCloud() && !k.remoteId().isEmpty()).isPresent()) {
            fresh = made.get();
        } else {
            try {
                fresh = createNew(state, old);
            } catch (ValidationException refused) {
                // nothing was made: no rotation to resume, so the user can choose another name or type
                journal.remove(state);
                throw refused;
            }
        }
        policies.set(fresh.id(), policies.of(old.id()));
        String user = users.all().get(old.id());
        if (user != null) {
            users.set(fresh.id(), user);
        }
        return state.withNewKey(fresh.id()).at(RotationState.Step.BIND);
    }

    private Optional<KeyPairRecord> madeEarlier(RotationState state, KeyPairRecord old) throws VaultAccessException {
        if (state.newKey().isPresent()) {
            return vault.find(state.newKey().get());
        }
        // a create whose journal entry was lost to a crash: made by this rotation, so not before it began (to the
        // second: a cloud may state creation times in whole seconds)
        Instant began = state.started().truncatedTo(ChronoUnit.SECONDS);
        return vault.keyPairs().stream().filter(k -> k.placement().sameScopeAs(old.placement())
                && k.name().equals(state.newName()) && !k.createdAt().isBefore(began)).findFirst();
    }

    private KeyPairRecord createNew(RotationState state, KeyPairRecord old) throws ValidationException,
            VaultAccessException, ProviderException, KeyFileException {
        return keys.create(new KeyPairSpec(old.placement(), state.newName(), old.tags(), state.type(),
                CreateMode.IMPORT));
    }

    /** Binds the new key pair where the journal has no success yet; a server released meanwhile is let go. */
    private Outcome bind(RotationState state, RotationListener listener) throws Exception {
        KeyPairRecord fresh = find(state.newKey().orElseThrow());
        List<String> remaining = state.instances().stream().filter(id -> !state.bound(id)).toList();
        RotationState[] now = {state};
        if (!remaining.isEmpty()) {
            BindingPlan plan;
            try {
                plan = binding.plan(fresh, remaining, false);
            } catch (BindingRefusedException gone) {
                if (gone.reason() != BindingRefusedException.Reason.UNKNOWN_INSTANCES) {
                    throw gone;
                }
                now[0] = state.withInstances(state.instances().stream()
                        .filter(id -> !gone.subjects().contains(id)).toList());
                journal.save(now[0]);
                return bind(now[0], listener);
            }
            binding.carryOut(plan, state.restart(), new BindingListener() {
                @Override
                public void step(ServerInstance server, BindingStep step) {
                    listener.step(server, step);
                }

                @Override
                public void finished(BindingOutcome outcome) {
                    now[0] = now[0].withOutcome(outcome);
                    try {
                        journal.save(now[0]);
                    } catch (VaultAccessException e) {
                        throw new IllegalStateException("the rotation's journal could not be written", e);
                    }
                    listener.finished(outcome);
                }
            });
        }
        inventory.read(fresh.placement()); // the kept reading shows the new bindings, and the check finds addresses
        List<String> failed = now[0].instances().stream().filter(id -> !now[0].bound(id)).toList();
        return failed.isEmpty() ? new Outcome(now[0].at(RotationState.Step.VERIFY), Optional.empty())
                : new Outcome(now[0], Optional.of(new RotationStop(RotationStop.Reason.BINDING_INCOMPLETE, failed)));
    }

    /**
     * Logs in where the binding is in effect (a server restarted by this rotation); elsewhere the new key pair is
     * "not verified", never a silent pass. A refusal stops the rotation before the old key pair goes.
     */
    private Outcome verify(RotationState state, LoginSetup setup, RotationListener listener) throws Exception {
        KeyPairRecord fresh = find(state.newKey().orElseThrow());
        Path publicKey;
        try {
            publicKey = new UseWithSsh(setup.publicKeyDir(), setup.home()).writePublicKey(fresh);
        } catch (IOException e) {
            throw new VaultAccessException(io.yaoshi.domain.VaultProblem.IO, e);
        }
        String user = users.all().getOrDefault(fresh.id(), LoginUsers.DEFAULT);
        Map<String, ServerInstance> known = new java.util.HashMap<>();
        inventory.cached(fresh.placement()).ifPresent(i -> i.servers()
                .forEach(e -> known.put(e.instance().id(), e.instance())));
        RotationState now = state;
        for (String id : state.instances()) {
            if (Optional.ofNullable(now.checks().get(id)).filter(c -> c.result().equals(
                    LoginCheck.Verdict.VERIFIED.name())).isPresent()) {
                continue;
            }
            ServerInstance server = known.getOrDefault(id, null);
            RotationState.Entry outcome = now.outcomes().get(id);
            LoginCheck.Result result;
            if (outcome == null || !outcome.result().equals(BindingOutcome.Result.IN_EFFECT.name())) {
                result = LoginCheck.Result.notVerified(outcome != null && outcome.result().equals(
                        BindingOutcome.Result.AT_NEXT_START.name()) ? LoginCheck.AT_NEXT_START
                        : LoginCheck.AFTER_REBOOT);
            } else if (server == null || server.addresses().preferred().isEmpty()) {
                result = LoginCheck.Result.notVerified(LoginCheck.NO_ADDRESS);
            } else {
                result = setup.check().check(new LoginCheck.Target(server.addresses().preferred().get(), setup.port(), user,
                        id, publicKey, setup.agentSocket()));
            }
            now = now.withCheck(id, result);
            journal.save(now);
            if (server != null) {
                listener.checked(server, result);
            }
        }
        RotationState checked = now;
        List<String> refused = checked.instances().stream().filter(id -> Optional.ofNullable(checked.checks().get(id))
                .filter(c -> c.result().equals(LoginCheck.Verdict.REFUSED.name())).isPresent()).toList();
        if (!refused.isEmpty()) {
            // a resume checks these again: the refusal may have been fixed at the server
            return new Outcome(checked, Optional.of(new RotationStop(RotationStop.Reason.LOGIN_REFUSED, refused)));
        }
        return new Outcome(checked.at(RotationState.Step.DELETE_OLD), Optional.empty());
    }

    /** The old key pair deleted at its cloud when asked and no server holds it; retired here either way. */
    private Outcome deleteOld(RotationState state) throws Exception {
        KeyPairRecord old = find(state.oldKey());
        if (state.deleteOld() && old.mayExistAtCloud()) {
            List<String> holding = inventory.read(old.placement()).servers().stream()
                    .map(ServerEntry::instance).filter(i -> i.keyPair().filter(old.remoteId()::equals).isPresent())
                    .map(ServerInstance::id).toList();
            if (!holding.isEmpty()) {
                return new Outcome(state, Optional.of(new RotationStop(RotationStop.Reason.OLD_STILL_BOUND,
                        holding)));
            }
            clouds.forProvider(old.provider()).delete(old.placement(), List.of(old.remoteId()));
            vault.save(List.of(old.withRemoteState(RemoteState.MISSING)), Map.of());
        }
        return new Outcome(state.at(RotationState.Step.DONE), Optional.empty());
    }

    private KeyPairRecord find(KeyId id) throws VaultAccessException, KeyPairNotFoundException {
        return vault.find(id).orElseThrow(() -> new KeyPairNotFoundException(id.value(), List.of()));
    }
}
