package io.yaoshi.cli;

import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import picocli.CommandLine.Option;

/** Where at a cloud a key pair goes: the options {@code create} and {@code import} share (a picocli mixin). */
final class PlacementOptions {

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "", descriptionKey = "cli.option.createRegion")
    private String region;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "", descriptionKey = "cli.option.zone")
    private String zone;

    @Option(names = "--project-id", paramLabel = "PROJECT", defaultValue = "", descriptionKey = "cli.option.projectId")
    private String projectId;

    @Option(names = "--resource-group", paramLabel = "GROUP", defaultValue = "",
            descriptionKey = "cli.option.resourceGroup")
    private String resourceGroup;

    Placement placement(ProviderId provider) {
        return new Placement(provider, region, zone, projectId, resourceGroup);
    }
}
