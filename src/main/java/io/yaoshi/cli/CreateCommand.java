package io.yaoshi.cli;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code yaoshi create --name N [--provider P --region R …] [--tag K=V]… [--type T] [--mode provider|import]}: a key
 * pair made here (local, or imported into a cloud so the private key never travels), or made by the cloud.
 */
@Command(name = "create", mixinStandardHelpOptions = true)
final class CreateCommand extends VaultCommand {

    @Option(names = "--provider", paramLabel = "local|aliyun|ucloud", defaultValue = "local",
            descriptionKey = "cli.option.createProvider")
    private String provider;

    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.option.name")
    private String name;

    @Option(names = "--tag", paramLabel = "KEY=VALUE", descriptionKey = "cli.option.tag")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "rsa-2048", descriptionKey = "cli.option.type")
    private String type;

    @Mixin
    private PlacementOptions where;

    @Option(names = "--mode", paramLabel = "provider|import", defaultValue = "import",
            descriptionKey = "cli.option.mode")
    private String mode;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Option(names = "--team", paramLabel = "TEAM", descriptionKey = "cli.option.team")
    private String team;

    CreateCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        ProviderId providerId = Providers.parse(provider, env);
        KeyAlgorithm algorithm = KeyAlgorithm.fromId(type).orElseThrow(() -> new CliFailure(ExitCode.USAGE, "usage",
                env.messages().format("cli.error.unknownType", type)));
        CreateMode createMode = java.util.Arrays.stream(CreateMode.values()).filter(m -> m.id().equals(mode))
                .findFirst().orElseThrow(() -> new CliFailure(ExitCode.USAGE, "usage",
                        env.messages().format("cli.error.unknownMode", mode)));
        Placement placement = where.placement(providerId);
        try (KeyScope scope = KeyScope.of(env, team)) {
            KeyPairRecord created = scope.keys().create(new KeyPairSpec(placement, name, TagArguments.parse(tags),
                    algorithm, createMode));
            env.out().println(json ? KeyPairJson.of(created)
                    : env.messages().format("cli.create.done", created.name(), created.id().value(),
                            created.fingerprints().sha256()));
            scope.teamName().ifPresent(in -> env.out().println(env.messages().format("cli.team.keptIn", in)));
        }
        return ExitCode.OK;
    }
}
