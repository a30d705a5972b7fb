package io.yaoshi.service.validation;

import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.RegionCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Region, zone, project and resource group against the provider (as the providers document regions, zones and
 * projects): a cloud key needs a region ({@code MissingParameter}, {@code InvalidRegionId.NotFound}); a UCloud zone
 * must belong to its region; fields that a provider does not have must stay empty. Whether a resource group or project
 * exists only the cloud knows, so here they are checked for shape alone.
 *
 * <p>Two views of the region list: the cloud's own ({@link #forCloud}, the emulator) knows every region it has and
 * refuses any other; this app's ({@link #forClient}) holds a list that may be older than the cloud's (clouds add
 * regions every year), so a well-formed id it does not know is left for the cloud to answer.
 */
public final class PlacementValidator {

    static final String MISSING = "MissingParameter";
    static final String UNKNOWN_REGION = "InvalidRegionId.NotFound";
    static final String UNKNOWN_ZONE = "InvalidZone.NotFound";
    static final String NOT_APPLICABLE = "InvalidParameter";
    static final String BAD_RESOURCE_GROUP = "InvalidResourceGroup.NotFound";
    static final String BAD_PROJECT = "InvalidProjectId";

    private final RegionCatalog regions;
    private final boolean authoritative;

    private PlacementValidator(RegionCatalog regions, boolean authoritative) {
        this.regions = regions;
        this.authoritative = authoritative;
    }

    /** The cloud's view: these are all the regions and zones there are. */
    public static PlacementValidator forCloud(RegionCatalog regions) {
        return new PlacementValidator(regions, true);
    }

    /** The app's view: these are the regions and zones known here; the cloud may have more. */
    public static PlacementValidator forClient(RegionCatalog regions) {
        return new PlacementValidator(regions, false);
    }

    public Validation validate(Placement p) {
        List<ValidationError> errors = new ArrayList<>();
        if (p.provider() == ProviderId.LOCAL) {
            notApplicable(p.region(), Field.REGION, errors);
        } else {
            region(p, errors);
        }
        if (p.provider() != ProviderId.UCLOUD) {
            notApplicable(p.zone(), Field.ZONE, errors);
            notApplicable(p.projectId(), Field.PROJECT_ID, errors);
        } else if (!isIdentifier(p.projectId())) {
            errors.add(ValidationError.of(Field.PROJECT_ID, BAD_PROJECT, Problem.BAD_CHARACTERS, p.projectId()));
        }
        if (p.provider() != ProviderId.ALIYUN) {
            notApplicable(p.resourceGroupId(), Field.RESOURCE_GROUP, errors);
        } else if (!isIdentifier(p.resourceGroupId())) {
            errors.add(ValidationError.of(Field.RESOURCE_GROUP, BAD_RESOURCE_GROUP, Problem.UNKNOWN,
                    p.resourceGroupId()));
        }
        return new Validation(errors);
    }

    private void region(Placement p, List<ValidationError> errors) {
        if (p.region().isEmpty()) {
            errors.add(ValidationError.of(Field.REGION, MISSING, Problem.EMPTY));
            return;
        }
        Optional<Region> region = regions.find(p.provider(), p.region());
        if (region.isEmpty() && (authoritative || !isRegionShaped(p.region()))) {
            errors.add(ValidationError.of(Field.REGION, UNKNOWN_REGION, Problem.UNKNOWN, p.region()));
            return;
        }
        if (p.provider() != ProviderId.UCLOUD || p.zone().isEmpty()) {
            return;
        }
        boolean known = region.map(r -> r.zones().contains(p.zone())).orElse(false);
        // a zone is named after its region (cn-bj2-05): one named after another region cannot belong to it
        boolean plausible = !authoritative && p.zone().startsWith(p.region() + "-")
                && isRegionShaped(p.zone());
        if (!known && !plausible) {
            errors.add(ValidationError.of(Field.ZONE, UNKNOWN_ZONE, Problem.UNKNOWN, p.zone(), p.region()));
        }
    }

    /** The shape both clouds give region and zone ids: lower-case letters and digits in hyphen-joined parts. */
    private static boolean isRegionShaped(String id) {
        return id.length() <= 64 && id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    }

    private static void notApplicable(String value, Field field, List<ValidationError> errors) {
        if (!value.isEmpty()) {
            errors.add(ValidationError.of(field, NOT_APPLICABLE, Problem.NOT_APPLICABLE));
        }
    }

    /** Empty (not given), or an id made of ASCII letters, digits, '-' and '_' as both clouds issue them. */
    private static boolean isIdentifier(String id) {
        return id.chars().allMatch(c -> Characters.isAsciiLetter(c) || Characters.isAsciiDigit(c)
                || c == '-' || c == '_') && id.length() <= 64;
    }
}
