package io.yaoshi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.Placement;
import io.yaoshi.service.SyncEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code yaoshi sync --provider aliyun|ucloud --region R}: the vault against the cloud's listing. */
@Command(name = "sync", mixinStandardHelpOptions = true)
final class SyncCommand extends VaultCommand {

    @Mixin
    private CloudRegionOptions where;

    @Option(names = "--record-remote", descriptionKey = "cli.option.recordRemote")
    private boolean recordRemote;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    SyncCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        Placement scope = where.scope(env, "cli.error.syncNeedsCloud");
        List<SyncEntry> entries = env.sync().sync(scope);
        if (recordRemote) {
            for (SyncEntry e : entries) {
                if (e.status() == SyncEntry.Status.ONLY_IN_CLOUD && !e.remote().orElseThrow().publicKey().isEmpty()) {
                    env.keys().recordRemote(scope, e.remote().orElseThrow());
                }
            }
            entries = env.sync().sync(scope);
        }
        if (json) {
            env.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    entries.stream().map(SyncCommand::object).toList()));
            return ExitCode.OK;
        }
        if (entries.isEmpty()) {
            env.out().println(env.messages().get("cli.sync.empty"));
            return ExitCode.OK;
        }
        TextTable table = new TextTable(List.of(env.messages().get("cli.column.status"),
                env.messages().get("keylist.column.name"), env.messages().get("cli.column.id")));
        for (SyncEntry e : entries) {
            table.add(List.of(env.messages().get("sync.status." + e.status().name()), name(e),
                    e.local().map(k -> k.id().value()).orElse("")));
        }
        env.out().print(table.render());
        return ExitCode.OK;
    }

    private static String name(SyncEntry e) {
        return e.local().map(k -> k.name()).orElseGet(() -> e.remote().orElseThrow().name());
    }

    private static Map<String, Object> object(SyncEntry e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("status", e.status().name());
        o.put("name", name(e));
        o.put("id", e.local().map(k -> k.id().value()).orElse(null));
        o.put("providerKeyId", e.remote().map(r -> r.providerKeyId()).filter(s -> !s.isEmpty()).orElse(null));
        o.put("providerFingerprint", e.remote().map(r -> r.fingerprint()).filter(s -> !s.isEmpty()).orElse(null));
        return o;
    }
}
