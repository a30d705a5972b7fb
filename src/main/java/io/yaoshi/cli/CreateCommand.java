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
import picocli.CommandLine.Option;

/** {@code yaoshi create --name N [--tag K=V]… [--type T]}: generates a key pair here and stores it in the vault. */
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

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    CreateCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        ProviderId providerId = Providers.parse(provider, env);
        if (providerId.isCloud()) {
            throw new CliFailure(ExitCode.PROVIDER, "Provider.Unavailable",
                    env.messages().format("cli.error.providerUnavailable", provider));
        }
        KeyAlgorithm algorithm = KeyAlgorithm.fromId(type).orElseThrow(() -> new CliFailure(ExitCode.USAGE, "usage",
                env.messages().format("cli.error.unknownType", type)));
        KeyPairRecord created = env.keys().create(new KeyPairSpec(Placement.local(), name, TagArguments.parse(tags),
                algorithm, CreateMode.IMPORT));
        env.out().println(json ? KeyPairJson.of(created)
                : env.messages().format("cli.create.done", created.name(), created.id().value(),
                        created.fingerprints().sha256()));
        return ExitCode.OK;
    }
}
