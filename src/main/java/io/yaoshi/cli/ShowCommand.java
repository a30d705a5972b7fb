package io.yaoshi.cli;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yaoshi show ID|NAME}: everything about one key pair, its public key included (never the private key). */
@Command(name = "show", mixinStandardHelpOptions = true)
final class ShowCommand extends VaultCommand {

    @Parameters(paramLabel = "ID|NAME", descriptionKey = "cli.param.idOrName")
    private String reference;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    ShowCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        KeyPairRecord k;
        try (KeyScope.Found found = KeyScope.find(env, reference)) {
            k = found.key();
        }
        if (json) {
            env.out().println(KeyPairJson.of(k, env.agentPolicies().of(k.id()),
                    env.servers().rotation().retired().contains(k.id())));
            return ExitCode.OK;
        }
        Messages m = env.messages();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(m.get("cli.column.id"), k.id().value()));
        rows.add(List.of(m.get("keylist.column.name"), k.name()));
        rows.add(List.of(m.get("keylist.column.provider"), k.provider().id()));
        optional(rows, m.get("keylist.column.region"), k.placement().region());
        optional(rows, m.get("cli.show.zone"), k.placement().zone());
        optional(rows, m.get("cli.show.project"), k.placement().projectId());
        optional(rows, m.get("cli.show.resourceGroup"), k.placement().resourceGroupId());
        rows.add(List.of(m.get("keylist.column.type"), k.algorithm().id()));
        rows.add(List.of("MD5", k.fingerprints().md5()));
        rows.add(List.of("SHA256", k.fingerprints().sha256()));
        optional(rows, m.get("cli.show.providerFingerprint"), k.fingerprints().provider());
        optional(rows, m.get("cli.show.providerKeyId"), k.providerKeyId());
        rows.add(List.of(m.get("keylist.column.tags"), TagArguments.format(k.tags())));
        rows.add(List.of(m.get("cli.show.origin"), m.get("origin." + k.origin().id())));
        rows.add(List.of(m.get("cli.show.remoteState"), m.get("remoteState." + k.remoteState().id())));
        rows.add(List.of(m.get("keylist.column.created"), m.dateTime(k.createdAt())));
        TextTable table = new TextTable(rows.get(0));
        rows.subList(1, rows.size()).forEach(table::add);
        env.out().print(table.render());
        if (!k.publicKey().isEmpty()) {
            env.out().println();
            env.out().println(k.publicKey());
        }
        return ExitCode.OK;
    }

    private static void optional(List<List<String>> rows, String label, String value) {
        if (!value.isEmpty()) {
            rows.add(List.of(label, value));
        }
    }
}
