package io.yaoshi.emulator;

import io.yaoshi.domain.Placement;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.service.validation.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Every key pair of every emulated account, in creation order. Scopes follow {@link Placement#sameScopeAs}: Aliyun
 * per region, UCloud per region and project. One lock guards it all, so the check of a new key pair against the
 * existing ones (quota, unique name) and its insertion are one step, as concurrent creates require.
 */
public final class EmulatorState {

    private final List<EmulatedKeyPair> keyPairs = new ArrayList<>();
    private final List<EmulatedInstance> instances = new ArrayList<>();

    /**
     * Adds the key pair {@code make} builds if {@code rules} accept it given the key pairs already stored;
     * {@code make} runs under the lock, and only when they do.
     */
    public synchronized Insertion insert(Function<List<KeyPairRules.Existing>, Validation> rules,
                                         Supplier<EmulatedKeyPair> make) {
        Validation verdict = rules.apply(existing());
        if (!verdict.isValid()) {
            return new Insertion(verdict, null);
        }
        EmulatedKeyPair stored = make.get();
        keyPairs.add(stored);
        return new Insertion(Validation.OK, stored);
    }

    /** The outcome of {@link #insert}: the broken rules, or the stored key pair. */
    public record Insertion(Validation validation, EmulatedKeyPair stored) {
    }

    /** Stores a key pair unchecked: for tests that need a region full of key pairs (e.g. the quota). */
    public synchronized void seed(EmulatedKeyPair keyPair) {
        keyPairs.add(keyPair);
    }

    /** The existing key pairs as {@link KeyPairRules} sees them. */
    private List<KeyPairRules.Existing> existing() {
        return keyPairs.stream().map(k -> new KeyPairRules.Existing(placementOf(k), k.name())).toList();
    }

    /** The key pairs in {@code scope} that {@code filter} accepts, in creation order. */
    public synchronized List<EmulatedKeyPair> find(Placement scope, Predicate<EmulatedKeyPair> filter) {
        return keyPairs.stream().filter(k -> placementOf(k).sameScopeAs(scope)).filter(filter).toList();
    }

    /** Removes the key pairs in {@code scope} that {@code doomed} selects; returns how many went. */
    public synchronized int remove(Placement scope, Predicate<EmulatedKeyPair> doomed) {
        int before = keyPairs.size();
        keyPairs.removeIf(k -> placementOf(k).sameScopeAs(scope) && doomed.test(k));
        return before - keyPairs.size();
    }

    /** Replaces the key pairs in {@code scope} that {@code which} selects by what {@code change} makes of them. */
    public synchronized int update(Placement scope, Predicate<EmulatedKeyPair> which,
                                   UnaryOperator<EmulatedKeyPair> change) {
        int changed = 0;
        for (int i = 0; i < keyPairs.size(); i++) {
            EmulatedKeyPair k = keyPairs.get(i);
            if (placementOf(k).sameScopeAs(scope) && which.test(k)) {
                keyPairs.set(i, change.apply(k));
                changed++;
            }
        }
        return changed;
    }

    /** A snapshot of everything stored, for tests. */
    public synchronized List<EmulatedKeyPair> all() {
        return List.copyOf(keyPairs);
    }

    public synchronized void clear() {
        keyPairs.clear();
    }

    private static Placement placementOf(EmulatedKeyPair k) {
        return new Placement(k.provider(), k.region(), "", k.projectId(), k.resourceGroupId());
    }

    /** Adds a server, for tests, demos and the sandbox: the clouds' APIs make none. */
    public synchronized void seedInstance(EmulatedInstance instance) {
        instances.add(instance);
    }

    /**
     * The servers in {@code scope} that {@code filter} accepts, in the order they were added, as they are now; a stop
     * or start in progress has finished by the next look, so a client polling sees each transition once.
     */
    public synchronized List<EmulatedInstance> instances(Placement scope, Predicate<EmulatedInstance> filter) {
        List<EmulatedInstance> seen = new ArrayList<>();
        for (int n = 0; n < instances.size(); n++) {
            EmulatedInstance i = instances.get(n);
            if (i.placement().sameScopeAs(scope) && filter.test(i)) {
                seen.add(i);
                instances.set(n, i.settled());
            }
        }
        return seen;
    }

    /** Whether a server in {@code scope} matches {@code filter}; does not move transitions on. */
    public synchronized boolean anyInstance(Placement scope, Predicate<EmulatedInstance> filter) {
        return instances.stream().anyMatch(i -> i.placement().sameScopeAs(scope) && filter.test(i));
    }

    /** The server {@code id} in {@code scope}, if there is one; does not move transitions on. */
    public synchronized Optional<EmulatedInstance> instance(Placement scope, String id) {
        return instances.stream().filter(i -> i.placement().sameScopeAs(scope) && i.id().equals(id)).findFirst();
    }

    /** Replaces the server {@code id} in {@code scope} by what {@code change} makes of it, if there is one. */
    public synchronized void changeInstance(Placement scope, String id, UnaryOperator<EmulatedInstance> change) {
        for (int n = 0; n < instances.size(); n++) {
            EmulatedInstance i = instances.get(n);
            if (i.placement().sameScopeAs(scope) && i.id().equals(id)) {
                instances.set(n, change.apply(i));
            }
        }
    }
}
