package io.yaoshi.cli;

import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.ProviderId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yaoshi list}: the key pairs that match every filter given. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand extends VaultCommand {

    @Option(names = "--provider", paramLabel = "local|aliyun|ucloud", descriptionKey = "cli.option.provider")
    private String provider;

    @Option(names = "--region", paramLabel = "REGION", descriptionKey = "cli.option.region")
    private String region = "";

    @Option(names = "--name", paramLabel = "SUBSTRING", descriptionKey = "cli.option.nameFilter")
    private String name = "";

    @Option(names = "--tag", paramLabel = "KEY[=VALUE]", descriptionKey = "cli.option.tagFilter")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Option(names = "--team", paramLabel = "TEAM", descriptionKey = "cli.option.teamList")
    private String team;

    ListCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        Optional<ProviderId> providerId = provider == null ? Optional.empty() : Optional.of(Providers.parse(provider, env));
        KeyPairFilter filter = new KeyPairFilter(name, providerId, region,
                tags.stream().map(KeyPairFilter.TagFilter::parse).toList());
        List<KeyPairRecord> keys;
        try (KeyScope scope = KeyScope.of(env, team)) {
            keys = scope.keys().list(filter);
        }
        if (json) {
            env.out().println(KeyPairJson.of(keys, Set.copyOf(env.servers().rotation().retired())));
        } else if (keys.isEmpty()) {
            env.out().println(env.messages().get("cli.list.empty"));
        } else {
            env.out().print(table(keys));
        }
        return ExitCode.OK;
    }

    private String table(List<KeyPairRecord> keys) {
        var m = env.messages();
        TextTable table = new TextTable(List.of(m.get("cli.column.id"), m.get("keylist.column.name"),
                m.get("keylist.column.provider"), m.get("keylist.column.region"), m.get("keylist.column.type"),
                m.get("keylist.column.fingerprint"), m.get("keylist.column.tags")));
        for (KeyPairRecord k : keys) {
            table.add(List.of(k.id().value(), k.name(), k.provider().id(), k.placement().region(),
                    k.algorithm().id(), k.fingerprints().md5(), TagArguments.format(k.tags())));
        }
        return table.render();
    }
}
