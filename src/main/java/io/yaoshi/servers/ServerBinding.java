package io.yaoshi.servers;

import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.provider.BindingStyle;
import io.yaoshi.provider.CloudKeyProvider;
import io.yaoshi.provider.CloudProviders;
import io.yaoshi.provider.InstanceResult;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.servers.BindingOutcome.Result;
import io.yaoshi.service.EventRecorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Binds a key pair to servers, or takes it off them, in the order each cloud needs (SERVERS.md): Aliyun attaches 50
 * at a time and reboots running instances only when allowed; UCloud binds only a stopped host, so with permission a
 * running one is stopped, reset and started, one host at a time. Every step is reported before it is taken; a server
 * is never started that was stopped, and a host this stopped is always started again.
 */
public final class ServerBinding {

    /** The code of a server that did not reach the state a step waits for in time. */
    public static final String TIMEOUT = "Timeout";
    /** UCloud's RetCode for a reset on a host that is not stopped. */
    static final String NOT_STOPPED = "8010";
    /** How long a reboot may take to show in the server's state before it is taken as done unseen. */
    private static final Duration LEAVING = Duration.ofMinutes(1);

    private final CloudProviders clouds;
    private final EventRecorder events;
    private final Duration poll;
    private final Duration patience;

    /**
     * @param events where each server's outcome is recorded (the history)
     * @param poll how often a server's state is read while waiting for it
     * @param patience how long a stop, start or reboot may take before the server is reported as not finished
     */
    public ServerBinding(CloudProviders clouds, EventRecorder events, Duration poll, Duration patience) {
        this.clouds = clouds;
        this.events = events;
        this.poll = poll;
        this.patience = patience;
    }

    public static ServerBinding standard(CloudProviders clouds, EventRecorder events) {
        return new ServerBinding(clouds, events, Duration.ofSeconds(3), Duration.ofMinutes(10));
    }

    /**
     * The servers {@code instanceIds} as their cloud has them now, for the user to confirm; refused, with nothing
     * changed, when the key pair is at no cloud, no server is named, the cloud lacks one, or UCloud is asked to unbind.
     */
    public BindingPlan plan(KeyPairRecord key, List<String> instanceIds, boolean unbind)
            throws ProviderException, BindingRefusedException {
        if (!key.mayExistAtCloud() || key.remoteId().isEmpty()) {
            throw new BindingRefusedException(BindingRefusedException.Reason.NOT_AT_A_CLOUD, List.of(key.name()));
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(instanceIds.stream().map(String::strip)
                .filter(id -> !id.isEmpty()).toList()));
        if (ids.isEmpty()) {
            throw new BindingRefusedException(BindingRefusedException.Reason.NO_INSTANCES, List.of());
        }
        CloudKeyProvider cloud = clouds.forProvider(key.provider());
        if (unbind && !cloud.bindingStyle().canDetach()) {
            throw new BindingRefusedException(BindingRefusedException.Reason.NO_UNBIND, List.of(key.name()));
        }
        List<ServerInstance> found = cloud.instances(key.placement(), ids);
        List<String> unknown = ids.stream().filter(id -> found.stream().noneMatch(i -> i.id().equals(id))).toList();
        if (!unknown.isEmpty()) {
            throw new BindingRefusedException(BindingRefusedException.Reason.UNKNOWN_INSTANCES, unknown);
        }
        List<ServerInstance> ordered = ids.stream()
                .map(id -> found.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow()).toList();
        return new BindingPlan(key, ordered, cloud.bindingStyle(), unbind);
    }

    /**
     * Carries out {@code plan}; {@code restart} allows rebooting (Aliyun) or stopping and starting (UCloud) the running
     * servers it names. {@code progress} hears each step before it is taken. One outcome per server, in order;
     * thrown only when the cloud cannot be reached at all (no credentials), before any call.
     */
    public List<BindingOutcome> carryOut(BindingPlan plan, boolean restart,
                                         BindingListener progress) throws ProviderException {
        CloudKeyProvider cloud = clouds.forProvider(plan.key().provider());
        List<BindingOutcome> outcomes = plan.style() == BindingStyle.ATTACH_THEN_REBOOT
                ? attachThenReboot(cloud, plan, restart, progress)
                : resetWhileStopped(cloud, plan, restart, progress);
        outcomes.forEach(outcome -> events.record(HistoryEvent.of(plan.unbind() ? HistoryAction.SERVER_UNBIND
                : HistoryAction.SERVER_BIND).about(plan.key()).with("instance", outcome.instance().id())
                .with("server", outcome.instance().name()).with("result", outcome.result().name()
                        .toLowerCase(Locale.ROOT)).with("code", outcome.code().isEmpty() ? null : outcome.code())
                .with("restart", restart)));
        return outcomes;
    }

    private List<BindingOutcome> attachThenReboot(CloudKeyProvider cloud, BindingPlan plan, boolean restart,
                                                  BindingListener progress) {
        Placement scope = plan.key().placement();
        plan.instances().forEach(i -> progress.step(i, plan.unbind() ? BindingStep.UNBINDING : BindingStep.BINDING));
        List<String> ids = plan.instances().stream().map(ServerInstance::id).toList();
        List<InstanceResult> results = plan.unbind() ? cloud.detach(scope, plan.key().remoteId(), ids)
                : cloud.attach(scope, plan.key().remoteId(), ids);
        List<BindingOutcome> outcomes = new ArrayList<>();
        for (int n = 0; n < ids.size(); n++) {
            ServerInstance instance = plan.instances().get(n);
            InstanceResult result = results.get(n);
            if (!result.success()) {
                outcomes.add(finished(progress, new BindingOutcome(instance, Result.FAILED, result.code())));
            } else if (instance.state().equals(ServerStates.STOPPED)) {
                outcomes.add(finished(progress, new BindingOutcome(instance, Result.AT_NEXT_START, "")));
            } else if (!restart || !instance.state().equals(ServerStates.RUNNING)) {
                outcomes.add(finished(progress, new BindingOutcome(instance, Result.AFTER_REBOOT, "")));
            } else {
                outcomes.add(finished(progress, reboot(cloud, scope, instance, progress)));
            }
        }
        return outcomes;
    }

    private BindingOutcome reboot(CloudKeyProvider cloud, Placement scope, ServerInstance instance,
                                  BindingListener progress) {
        try {
            progress.step(instance, BindingStep.REBOOTING);
            cloud.reboot(scope, instance.id());
            progress.step(instance, BindingStep.WAITING_RUNNING);
            // right after the call a cloud may still say Running: wait to see it go down first, for a while only,
            // as a quick reboot can pass between two looks
            left(cloud, scope, instance.id(), ServerStates.RUNNING, LEAVING);
            return reached(cloud, scope, instance.id(), ServerStates.RUNNING)
                    ? new BindingOutcome(instance, Result.IN_EFFECT, "")
                    : new BindingOutcome(instance, Result.RESTART_FAILED, TIMEOUT);
        } catch (ProviderException e) {
            return new BindingOutcome(instance, Result.RESTART_FAILED, InstanceResult.failed(instance.id(), e).code());
        }
    }

    /** UCloud: host by host; a running host is stopped first only when allowed, and always started again. */
    private List<BindingOutcome> resetWhileStopped(CloudKeyProvider cloud, BindingPlan plan, boolean restart,
                                                   BindingListener progress) {
        Placement scope = plan.key().placement();
        List<BindingOutcome> outcomes = new ArrayList<>();
        for (ServerInstance host : plan.instances()) {
            boolean running = host.state().equals(ServerStates.RUNNING);
            if (running && !restart) {
                outcomes.add(finished(progress, new BindingOutcome(host, Result.NEEDS_RESTART, NOT_STOPPED)));
            } else if (running) {
                outcomes.add(finished(progress, stopResetStart(cloud, scope, plan.key().remoteId(), host, progress)));
            } else {
                progress.step(host, BindingStep.BINDING);
                InstanceResult result = cloud.attach(scope, plan.key().remoteId(), List.of(host.id())).get(0);
                outcomes.add(finished(progress, result.success() ? new BindingOutcome(host, Result.AT_NEXT_START, "")
                        : new BindingOutcome(host, Result.FAILED, result.code())));
            }
        }
        return outcomes;
    }

    private BindingOutcome stopResetStart(CloudKeyProvider cloud, Placement scope, String keyPairId,
                                          ServerInstance host, BindingListener progress) {
        try {
            progress.step(host, BindingStep.STOPPING);
            cloud.stop(scope, host.id());
            progress.step(host, BindingStep.WAITING_STOPPED);
            if (!reached(cloud, scope, host.id(), ServerStates.STOPPED)) {
                return new BindingOutcome(host, Result.FAILED, TIMEOUT);
            }
        } catch (ProviderException e) {
            return new BindingOutcome(host, Result.FAILED, InstanceResult.failed(host.id(), e).code());
        }
        progress.step(host, BindingStep.BINDING);
        InstanceResult reset = cloud.attach(scope, keyPairId, List.of(host.id())).get(0);
        try {
            progress.step(host, BindingStep.STARTING);
            cloud.start(scope, host.id());
            progress.step(host, BindingStep.WAITING_RUNNING);
            boolean up = reached(cloud, scope, host.id(), ServerStates.RUNNING);
            if (!reset.success()) {
                return new BindingOutcome(host, Result.FAILED, reset.code());
            }
            return up ? new BindingOutcome(host, Result.IN_EFFECT, "")
                    : new BindingOutcome(host, Result.RESTART_FAILED, TIMEOUT);
        } catch (ProviderException e) {
            return new BindingOutcome(host, reset.success() ? Result.RESTART_FAILED : Result.FAILED,
                    reset.success() ? InstanceResult.failed(host.id(), e).code() : reset.code());
        }
    }

    private static BindingOutcome finished(BindingListener listener, BindingOutcome outcome) {
        listener.finished(outcome);
        return outcome;
    }

    /** Reads the server's state until it is {@code wanted}, at most {@code patience} long. */
    private boolean reached(CloudKeyProvider cloud, Placement scope, String id, String wanted)
            throws ProviderException {
        return await(cloud, scope, id, wanted::equals, patience);
    }

    /** Reads the server's state until it is no longer {@code state}, at most {@code within} long. */
    private void left(CloudKeyProvider cloud, Placement scope, String id, String state, Duration within)
            throws ProviderException {
        await(cloud, scope, id, now -> !now.equals(state), within.compareTo(patience) < 0 ? within : patience);
    }

    private boolean await(CloudKeyProvider cloud, Placement scope, String id, Predicate<String> wanted,
                          Duration within) throws ProviderException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            List<ServerInstance> now = cloud.instances(scope, List.of(id));
            if (!now.isEmpty() && wanted.test(now.get(0).state())) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
