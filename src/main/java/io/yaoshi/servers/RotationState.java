package io.yaoshi.servers;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A rotation's journal: what was asked, the step it has reached, and what each server came to, written to the vault
 * after every step so that a rotation interrupted anywhere resumes where it stopped and does nothing twice.
 *
 * @param started   when it began: a key pair named as the new one but made before is not this rotation's
 * @param instances the servers the old key pair was bound to when the rotation began
 * @param outcomes  each server's binding outcome so far ({@link BindingOutcome.Result} names), with its code
 * @param checks    each server's login check ({@link LoginCheck.Verdict} names), with its reason
 */
public record RotationState(UUID id, Instant started, KeyId oldKey, String newName, KeyAlgorithm type, boolean restart,
                            boolean deleteOld, Step step, Optional<KeyId> newKey, List<String> instances,
                            Map<String, Entry> outcomes, Map<String, Entry> checks) {

    /** The steps in order; a rotation is at the first it has not finished. */
    public enum Step {
        /** Make the new key pair here and import it (the never-lost protocol of a create). */
        CREATE,
        /** Bind it to every server the old one was bound to. */
        BIND,
        /** Log in to each server where the binding is in effect, through Yaoshi's agent, the new key pinned. */
        VERIFY,
        /** Delete the old key pair at its cloud, if asked and no server holds it any more. */
        DELETE_OLD,
        /** Finished: the old key pair is retired here. */
        DONE
    }

    /** A result's name and the code or reason beside it. */
    public record Entry(String result, String detail) {
    }

    public RotationState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(oldKey, "oldKey");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(newKey, "newKey");
        instances = List.copyOf(instances);
        outcomes = Map.copyOf(outcomes);
        checks = Map.copyOf(checks);
    }

    public RotationState at(Step next) {
        return new RotationState(id, started, oldKey, newName, type, restart, deleteOld, next, newKey, instances, outcomes,
                checks);
    }

    public RotationState withNewKey(KeyId key) {
        return new RotationState(id, started, oldKey, newName, type, restart, deleteOld, step, Optional.of(key), instances,
                outcomes, checks);
    }

    public RotationState withInstances(List<String> bound) {
        return new RotationState(id, started, oldKey, newName, type, restart, deleteOld, step, newKey, bound, outcomes, checks);
    }

    public RotationState withOutcome(BindingOutcome outcome) {
        Map<String, Entry> next = new LinkedHashMap<>(outcomes);
        next.put(outcome.instance().id(), new Entry(outcome.result().name(), outcome.code()));
        return new RotationState(id, started, oldKey, newName, type, restart, deleteOld, step, newKey, instances, next, checks);
    }

    public RotationState withCheck(String instance, LoginCheck.Result check) {
        Map<String, Entry> next = new LinkedHashMap<>(checks);
        next.put(instance, new Entry(check.verdict().name(), check.reason()));
        return new RotationState(id, started, oldKey, newName, type, restart, deleteOld, step, newKey, instances, outcomes, next);
    }

    /** Whether this server's binding has succeeded, so a resume leaves it alone. */
    public boolean bound(String instance) {
        return Optional.ofNullable(outcomes.get(instance))
                .map(e -> BindingOutcome.Result.valueOf(e.result()).succeeded()).orElse(false);
    }
}
