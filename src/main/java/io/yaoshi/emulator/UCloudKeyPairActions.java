package io.yaoshi.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.keys.SshPublicKey;
import io.yaoshi.service.validation.Field;
import io.yaoshi.service.validation.KeyPairNameValidator;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.service.validation.PlacementValidator;
import io.yaoshi.service.validation.Problem;
import io.yaoshi.service.validation.Validation;
import io.yaoshi.service.validation.ValidationError;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * CreateUHostKeyPair, ImportUHostKeyPairs, DescribeUHostKeyPairs and DeleteUHostKeyPairs (UHost API reference, the key
 * pair actions). Names are checked by the shared name and placement rules; UCloud does not document names as unique, so
 * they need not be.
 */
final class UCloudKeyPairActions {

    static final int MAX_LIMIT = 100;
    static final int MAX_DELETE = 100;

    private final EmulatorState state;
    private final Clock clock;
    private final KeyPairNameValidator names = new KeyPairNameValidator();
    private final PlacementValidator placements = PlacementValidator.forCloud(RegionCatalog.bundled());

    UCloudKeyPairActions(EmulatorState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    Reply create(UCloudRequest request) {
        Optional<Reply> refused = checkNew(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        EmulatedKeyMaterial.Generated key = EmulatedKeyMaterial.generate(request.parameter("KeyPairName"));
        return insert(request, key.publicLine(), stored -> {
            ObjectNode body = request.success();
            describe(body.putObject("KeyPair"), stored).put("PrivateKeyBody", key.privatePem());
            return new Reply(200, body);
        });
    }

    Reply importKey(UCloudRequest request) {
        Optional<Reply> refused = checkNew(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<SshPublicKey> key = EmulatedKeyMaterial.parsePublicLine(request.parameter("PublicKeyBody"));
        if (key.isEmpty()) {
            return request.invalid("PublicKeyBody");
        }
        return insert(request, request.parameter("PublicKeyBody").strip(), stored -> new Reply(200,
                request.success().put("KeyPairName", stored.name()).put("KeyPairId", stored.id())
                        .put("KeyPairFingerPrint", stored.fingerprint())));
    }

    Reply describe(UCloudRequest request) {
        Validation placement = placements.validate(scope(request));
        if (!placement.isValid()) {
            return request.refused(placement.errors().get(0));
        }
        int offset = Exchanges.number(request.parameter("Offset"), 0);
        int limit = Exchanges.number(request.parameter("Limit"), 20);
        if (offset < 0) {
            return request.invalid("Offset");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return request.invalid("Limit");
        }
        String name = request.parameter("KeyPairName");
        String fingerprint = request.parameter("KeyPairFingerPrint");
        List<EmulatedKeyPair> matches = state.find(scope(request), k -> (name.isEmpty() || k.name().equals(name))
                && (fingerprint.isEmpty() || k.fingerprint().equals(fingerprint)));
        ObjectNode body = request.success().put("TotalCount", matches.size());
        ArrayNode items = body.putArray("KeyPairs");
        matches.stream().skip(offset).limit(limit).forEach(k -> describe(items.addObject(), k));
        return new Reply(200, body);
    }

    Reply delete(UCloudRequest request) {
        Validation placement = placements.validate(scope(request));
        if (!placement.isValid()) {
            return request.refused(placement.errors().get(0));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; request.parameters().containsKey("KeyPairIds." + i); i++) {
            ids.add(request.parameter("KeyPairIds." + i));
        }
        if (ids.isEmpty() || ids.size() > MAX_DELETE) {
            return request.invalid("KeyPairIds");
        }
        state.remove(scope(request), k -> ids.contains(k.id()));
        return new Reply(200, request.success());
    }

    private Optional<Reply> checkNew(UCloudRequest request) {
        Validation v = names.validate(ProviderId.UCLOUD, request.parameter("KeyPairName"))
                .and(placements.validate(scope(request)));
        return v.isValid() ? Optional.empty() : Optional.of(request.refused(v.errors().get(0)));
    }

    /** Stores the key pair unless its region and project already hold {@link KeyPairRules#QUOTA} key pairs. */
    private Reply insert(UCloudRequest request, String publicLine, Function<EmulatedKeyPair, Reply> success) {
        Placement scope = scope(request);
        EmulatorState.Insertion insertion = state.insert(existing -> quota(scope, existing), () -> {
            String id = EmulatedKeyMaterial.randomId("uhostkp-", 8);
            return new EmulatedKeyPair(ProviderId.UCLOUD, scope.region(), scope.projectId(), id,
                    request.parameter("KeyPairName"),
                    EmulatedKeyMaterial.ucloudFingerprint(scope.projectId(), id, publicLine), publicLine,
                    clock.instant(), List.of(), "");
        });
        Validation verdict = insertion.validation();
        return verdict.isValid() ? success.apply(insertion.stored()) : request.refused(verdict.errors().get(0));
    }

    private static Validation quota(Placement scope, List<KeyPairRules.Existing> existing) {
        long inScope = existing.stream().filter(e -> e.placement().sameScopeAs(scope)).count();
        return inScope < KeyPairRules.QUOTA ? Validation.OK : new Validation(List.of(new ValidationError(Field.NAME, -1,
                "QuotaExceed.KeyPair", Problem.QUOTA_REACHED, List.of(KeyPairRules.QUOTA, scope.region()))));
    }

    private static Placement scope(UCloudRequest request) {
        return Placement.ucloud(request.parameter("Region"), request.parameter("Zone"), request.projectId());
    }

    private static ObjectNode describe(ObjectNode node, EmulatedKeyPair k) {
        return node.put("ProjectId", k.projectId()).put("KeyPairId", k.id()).put("KeyPairName", k.name())
                .put("KeyPairFingerPrint", k.fingerprint()).put("CreateTime", k.createdAt().getEpochSecond());
    }

}
