package io.yaoshi.service.validation;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RegionCatalog;
import java.util.Collection;
import java.util.List;

/**
 * Every rule a new key pair must pass, in one place for the desktop app, the command line and the emulator:
 * name, tags, placement, key type, and against the key pairs that already exist in the same scope (same provider
 * and region, and UCloud project) at most {@value #QUOTA} of them ({@code QuotaExceed.KeyPair}) and a name not
 * yet taken ({@code KeyPair.AlreadyExist}, matched exactly).
 */
public final class KeyPairRules {

    public static final int QUOTA = 500;
    static final String QUOTA_CODE = "QuotaExceed.KeyPair";
    static final String TAKEN_CODE = "KeyPair.AlreadyExist";
    static final String KEY_TYPE_CODE = "InvalidPublicKeyBody.Malformed";
    static final String PROVIDER_TYPE_CODE = "InvalidParameter";

    /** A key pair that already exists, as far as the rules care. */
    public record Existing(Placement placement, String name) {
    }

    private final KeyPairNameValidator names = new KeyPairNameValidator();
    private final TagValidator tags = new TagValidator();
    private final PlacementValidator placements;

    private KeyPairRules(PlacementValidator placements) {
        this.placements = placements;
    }

    /** The rules as a cloud applies them: these regions are all it has (the emulator). */
    public static KeyPairRules forCloud(RegionCatalog regions) {
        return new KeyPairRules(PlacementValidator.forCloud(regions));
    }

    /** The rules as this app applies them before a request: a region the bundled list lacks goes to the cloud. */
    public static KeyPairRules withBundledRegions() {
        return new KeyPairRules(PlacementValidator.forClient(RegionCatalog.bundled()));
    }

    /** The rules that need nothing but the request itself: what a form checks while the user types. */
    public Validation validateShape(KeyPairSpec spec) {
        return names.validate(spec.placement().provider(), spec.name())
                .and(placements.validate(spec.placement()))
                .and(tags.validate(spec.tags()))
                .and(keyType(spec));
    }

    /** All rules, including quota and uniqueness against {@code existing} (any scope; filtered here). */
    public Validation validateNew(KeyPairSpec spec, Collection<Existing> existing) {
        Validation shape = validateShape(spec);
        long inScope = existing.stream().filter(e -> e.placement().sameScopeAs(spec.placement())).count();
        boolean taken = existing.stream()
                .anyMatch(e -> e.placement().sameScopeAs(spec.placement()) && e.name().equals(spec.name()));
        Validation scope = Validation.OK;
        if (spec.placement().provider().isCloud() && inScope >= QUOTA) {
            scope = scope.and(Validation.of(
                    ValidationError.of(Field.NAME, QUOTA_CODE, Problem.QUOTA_REACHED, QUOTA, spec.placement().region())));
        }
        if (taken) {
            scope = scope.and(Validation.of(
                    ValidationError.of(Field.NAME, TAKEN_CODE, Problem.NAME_TAKEN, spec.name())));
        }
        return shape.and(scope);
    }

    public KeyPairNameValidator names() {
        return names;
    }

    public TagValidator tags() {
        return tags;
    }

    /**
     * The key types a key pair may have there, made that way: what the forms offer. A cloud that generates the key
     * decides its type (RSA 2048 for both); Aliyun's ImportKeyPair does not list {@code ssh-ed25519} among the types
     * it accepts (ECS API reference, ImportKeyPair).
     */
    public static List<KeyAlgorithm> algorithms(ProviderId provider, CreateMode mode) {
        if (provider.isCloud() && mode == CreateMode.PROVIDER) {
            return List.of(KeyAlgorithm.DEFAULT);
        }
        return java.util.Arrays.stream(KeyAlgorithm.values())
                .filter(a -> !(provider == ProviderId.ALIYUN && a == KeyAlgorithm.ED25519)).toList();
    }

    /** A type that is not offered is refused before any upload, with the provider's code. */
    private static Validation keyType(KeyPairSpec spec) {
        ProviderId provider = spec.placement().provider();
        if (algorithms(provider, spec.mode()).contains(spec.algorithm())) {
            return Validation.OK;
        }
        return spec.mode() == CreateMode.PROVIDER && provider.isCloud()
                ? Validation.of(ValidationError.of(Field.KEY_TYPE, PROVIDER_TYPE_CODE, Problem.NOT_APPLICABLE,
                        spec.algorithm().id()))
                : Validation.of(ValidationError.of(Field.KEY_TYPE, KEY_TYPE_CODE, Problem.UNSUPPORTED,
                        spec.algorithm().id()));
    }
}
