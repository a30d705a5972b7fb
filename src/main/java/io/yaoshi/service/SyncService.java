package io.yaoshi.service;

import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.provider.CloudProviders;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.RemoteKeyPair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The three-way view of a region: key pairs here and in the cloud, only here, only in the cloud. It also settles what
 * it can tell for sure: a pending create that exists remotely becomes present (an import, whose private key is here)
 * or orphaned (a cloud-generated key whose answer was lost); a pending create that does not exist is removed; a key
 * pair that was present but is gone from the cloud is marked missing.
 */
public final class SyncService {

    private final VaultSession vault;
    private final CloudProviders clouds;

    public SyncService(VaultSession vault, CloudProviders clouds) {
        this.vault = vault;
        this.clouds = clouds;
    }

    public List<SyncEntry> sync(Placement scope) throws ProviderException, VaultAccessException {
        List<RemoteKeyPair> remote = clouds.forProvider(scope.provider()).list(scope);
        List<KeyPairRecord> local = vault.matching(new KeyPairFilter("", Optional.of(scope.provider()),
                scope.region(), List.of())).stream().filter(k -> k.placement().sameScopeAs(scope)).toList();
        List<SyncEntry> entries = new ArrayList<>();
        List<KeyPairRecord> changed = new ArrayList<>();
        Set<RemoteKeyPair> matched = new HashSet<>();
        for (KeyPairRecord key : local) {
            Optional<RemoteKeyPair> there = remote.stream().filter(r -> sameKey(key, r)).findFirst();
            there.ifPresent(matched::add);
            SyncEntry entry = compare(key, there);
            Optional<KeyPairRecord> settled = settle(key, entry);
            settled.ifPresent(changed::add);
            entries.add(new SyncEntry(entry.status(), settled.or(entry::local), there));
        }
        remote.stream().filter(r -> !matched.contains(r))
                .forEach(r -> entries.add(new SyncEntry(SyncEntry.Status.ONLY_IN_CLOUD, Optional.empty(),
                        Optional.of(r))));
        if (!changed.isEmpty()) {
            vault.save(changed, Map.of());
        }
        recordSync(scope, entries, changed);
        return entries;
    }

    /**
     * Settles every create whose answer was lost: syncs each region (and UCloud project) that holds a pending key
     * pair. Run after unlocking, so nothing stays pending longer than it must.
     *
     * @return the pending key pairs that were settled (present, orphaned, or never created)
     */
    public List<SyncEntry> reconcilePending() throws ProviderException, VaultAccessException {
        List<Placement> scopes = new ArrayList<>();
        Set<KeyId> pendingIds = new HashSet<>();
        for (KeyPairRecord pending : vault.matching(KeyPairFilter.ALL)) {
            if (pending.remoteState() != RemoteState.PENDING) {
                continue;
            }
            pendingIds.add(pending.id());
            if (scopes.stream().noneMatch(s -> s.sameScopeAs(pending.placement()))) {
                scopes.add(pending.placement());
            }
        }
        List<SyncEntry> settled = new ArrayList<>();
        for (Placement scope : scopes) {
            for (SyncEntry entry : sync(scope)) {
                if (entry.local().map(k -> pendingIds.contains(k.id())).orElse(false)) {
                    settled.add(entry);
                }
            }
        }
        return settled;
    }

    /** One history entry per sync: how many key pairs of each status, and which records it changed here. */
    private void recordSync(Placement scope, List<SyncEntry> entries, List<KeyPairRecord> changed) {
        HistoryEvent event = HistoryEvent.of(HistoryAction.CLOUD_SYNC).with("where", scope.describe());
        for (SyncEntry.Status status : SyncEntry.Status.values()) {
            long count = entries.stream().filter(entry -> entry.status() == status).count();
            event = count == 0 ? event : event.with(status.name().toLowerCase(Locale.ROOT), count);
        }
        if (!changed.isEmpty()) {
            event = event.with("changed", changed.stream().map(key -> key.name() + " → "
                    + key.remoteState().name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
        vault.events().record(event);
    }

    /** Aliyun names a key pair uniquely per region; UCloud identifies it by id (a pending one has only its name). */
    /** By the cloud's own handle; a UCloud create still pending has no id yet, so it is looked for by name. */
    private static boolean sameKey(KeyPairRecord key, RemoteKeyPair remote) {
        return key.remoteId().isEmpty() ? key.name().equals(remote.name())
                : key.remoteId().equals(remote.remoteId(key.provider()));
    }

    private static SyncEntry compare(KeyPairRecord key, Optional<RemoteKeyPair> there) {
        SyncEntry.Status status;
        if (key.remoteState() == RemoteState.PENDING) {
            status = there.isEmpty() ? SyncEntry.Status.NEVER_CREATED
                    : key.hasPrivateKey() ? SyncEntry.Status.IN_BOTH : SyncEntry.Status.ORPHANED;
        } else if (there.isEmpty()) {
            status = SyncEntry.Status.ONLY_HERE;
        } else {
            String ours = key.fingerprints().provider();
            String theirs = there.get().fingerprint();
            status = !ours.isEmpty() && !theirs.isEmpty() && !ours.equalsIgnoreCase(theirs)
                    ? SyncEntry.Status.FINGERPRINT_MISMATCH : SyncEntry.Status.IN_BOTH;
        }
        return new SyncEntry(status, Optional.of(key), there);
    }

    /** The record as this comparison leaves it, when its remote state changes. */
    private Optional<KeyPairRecord> settle(KeyPairRecord key, SyncEntry entry) throws VaultAccessException {
        RemoteState now = switch (entry.status()) {
            case NEVER_CREATED -> {
                if (!key.hasPrivateKey()) {
                    vault.delete(key.id()); // an intent with nothing behind it, here or there
                }
                yield key.remoteState();
            }
            case ORPHANED -> RemoteState.ORPHANED;
            case IN_BOTH, FINGERPRINT_MISMATCH -> RemoteState.PRESENT;
            case ONLY_HERE -> key.remoteState() == RemoteState.PRESENT ? RemoteState.MISSING : key.remoteState();
            case ONLY_IN_CLOUD -> key.remoteState(); // nothing here to change; the user may record it
        };
        return now == key.remoteState() ? Optional.empty() : Optional.of(key.withRemoteState(now));
    }
}
