package io.yaoshi.cli;

import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import picocli.CommandLine.Option;

/** {@code --provider aliyun|ucloud --region R [--project-id P]}: the one cloud region a command works on. */
final class CloudRegionOptions {

    @Option(names = "--provider", required = true, paramLabel = "aliyun|ucloud", descriptionKey = "cli.param.cloud")
    private String provider;

    @Option(names = "--region", required = true, paramLabel = "REGION", descriptionKey = "cli.option.createRegion")
    private String region;

    @Option(names = "--project-id", paramLabel = "PROJECT", defaultValue = "", descriptionKey = "cli.option.projectId")
    private String projectId;

    /**
     * The region as a placement; a usage error saying {@code needsCloudKey}'s text when the provider is not a cloud.
     */
    Placement scope(CliEnvironment env, String needsCloudKey) throws CliFailure {
        ProviderId cloud = Providers.parse(provider, env);
        if (!cloud.isCloud()) {
            throw new CliFailure(ExitCode.USAGE, "usage", env.messages().get(needsCloudKey));
        }
        return new Placement(cloud, region, "", projectId, "");
    }
}
