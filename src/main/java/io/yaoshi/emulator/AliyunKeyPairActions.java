package io.yaoshi.emulator;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.keys.Fingerprints;
import io.yaoshi.keys.SshPublicKey;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.service.validation.Validation;
import java.time.Clock;
import java.util.Optional;

/**
 * CreateKeyPair and ImportKeyPair (ECS API reference, CreateKeyPair; ECS API reference, ImportKeyPair), checked by the
 * shared {@link KeyPairRules}.
 */
final class AliyunKeyPairActions {

    private final EmulatorState state;
    private final KeyPairRules rules;
    private final Clock clock;

    AliyunKeyPairActions(EmulatorState state, KeyPairRules rules, Clock clock) {
        this.state = state;
        this.rules = rules;
        this.clock = clock;
    }

    Reply create(AliyunRequest request) {
        KeyPairSpec spec = spec(request, KeyAlgorithm.DEFAULT, CreateMode.PROVIDER);
        Validation shape = rules.validateShape(spec);
        if (!shape.isValid()) {
            return AliyunErrorAnswers.of(request, shape.errors().get(0));
        }
        // generated before taking the state's lock: RSA generation takes a while
        EmulatedKeyMaterial.Generated key = EmulatedKeyMaterial.generate(spec.name());
        EmulatorState.Insertion insertion = state.insert(existing -> rules.validateNew(spec, existing),
                () -> stored(spec, key.publicLine(), key.md5Fingerprint()));
        if (!insertion.validation().isValid()) {
            return AliyunErrorAnswers.of(request, insertion.validation().errors().get(0));
        }
        EmulatedKeyPair stored = insertion.stored();
        return new Reply(200, request.success()
                .put("KeyPairName", stored.name())
                .put("KeyPairId", stored.id())
                .put("KeyPairFingerPrint", stored.fingerprint())
                .put("PrivateKeyBody", key.privatePem()));
    }

    Reply importKey(AliyunRequest request) {
        if (request.parameter("PublicKeyBody").isEmpty()) {
            return request.missing("PublicKeyBody");
        }
        Optional<SshPublicKey> key = EmulatedKeyMaterial.parsePublicLine(request.parameter("PublicKeyBody"));
        if (key.isEmpty()) {
            return request.error(400, "InvalidPublicKeyBody.Malformed", "The PublicKeyBody format is not supported.");
        }
        KeyPairSpec spec = spec(request, key.get().algorithm(), CreateMode.IMPORT);
        String line = request.parameter("PublicKeyBody").strip();
        EmulatorState.Insertion insertion = state.insert(existing -> rules.validateNew(spec, existing),
                () -> stored(spec, line, Fingerprints.md5(key.get())));
        if (!insertion.validation().isValid()) {
            return AliyunErrorAnswers.of(request, insertion.validation().errors().get(0));
        }
        return new Reply(200, request.success()
                .put("KeyPairName", insertion.stored().name())
                .put("KeyPairFingerPrint", insertion.stored().fingerprint()));
    }

    private static KeyPairSpec spec(AliyunRequest request, KeyAlgorithm algorithm, CreateMode mode) {
        Placement placement = Placement.aliyun(request.parameter("RegionId"), request.parameter("ResourceGroupId"));
        return new KeyPairSpec(placement, request.parameter("KeyPairName"),
                AliyunParameters.tags(request.parameters()), algorithm, mode);
    }

    private EmulatedKeyPair stored(KeyPairSpec spec, String publicLine, String fingerprint) {
        Placement p = spec.placement();
        return new EmulatedKeyPair(ProviderId.ALIYUN, p.region(), "", EmulatedKeyMaterial.randomId("ssh-", 20),
                spec.name(), fingerprint, publicLine, clock.instant(), spec.tags(), p.resourceGroupId());
    }
}
