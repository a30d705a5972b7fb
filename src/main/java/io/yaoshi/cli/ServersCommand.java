package io.yaoshi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.servers.Inventory;
import io.yaoshi.servers.ServerEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code yaoshi servers --provider P --region R [--key ID|NAME] [--json] [--offline]}: the region's servers, each with
 * the key pair bound to it and whether its private key is here; the vault's key pairs bound nowhere said after them.
 * Each reading is kept in the vault; {@code --offline} shows the last one, with its time.
 */
@Command(name = "servers", mixinStandardHelpOptions = true)
final class ServersCommand extends VaultCommand {

    @Mixin
    private CloudRegionOptions where;

    @Option(names = "--key", paramLabel = "ID|NAME", descriptionKey = "cli.option.serversKey")
    private String key;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Option(names = "--offline", descriptionKey = "cli.option.offline")
    private boolean offline;

    ServersCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        Placement scope = where.scope(env, "cli.error.serversNeedCloud");
        KeyPairRecord only = key == null ? null : env.keys().resolve(key);
        Inventory inventory = offline ? lastReading(scope) : readNow(scope);
        List<ServerEntry> shown = inventory.servers().stream().filter(e -> only == null
                || e.vaultKey().filter(k -> k.id().equals(only.id())).isPresent()).toList();
        if (json) {
            env.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    shown.stream().map(ServersCommand::object).toList()));
        } else if (shown.isEmpty()) {
            env.out().println(env.messages().get("cli.servers.none"));
        } else {
            printTable(shown);
        }
        if (only == null && !inventory.boundNowhere().isEmpty()) {
            env.err().println(env.messages().format("cli.servers.boundNowhere", String.join(", ",
                    inventory.boundNowhere().stream().map(KeyPairRecord::name).toList())));
        }
        return ExitCode.OK;
    }

    private Inventory lastReading(Placement scope) throws Exception {
        Inventory cached = env.servers().inventory().cached(scope).orElseThrow(() -> new CliFailure(
                ExitCode.VALIDATION, "neverRead", env.messages().format("cli.servers.neverRead", scope.region())));
        env.err().println(env.messages().format("cli.servers.readAt", time(cached)));
        return cached;
    }

    /** The cloud's answer now; when it gives none, where the last reading can be seen. */
    private Inventory readNow(Placement scope) throws Exception {
        try {
            return env.servers().inventory().read(scope);
        } catch (ProviderException e) {
            Optional<Inventory> cached = env.servers().inventory().cached(scope);
            if (cached.isPresent()) {
                env.err().println(env.messages().format("cli.servers.offlineHint", time(cached.get())));
            }
            throw e;
        }
    }

    private String time(Inventory inventory) {
        return env.messages().dateTime(inventory.refreshedAt());
    }

    private void printTable(List<ServerEntry> entries) {
        TextTable table = new TextTable(List.of(env.messages().get("cli.column.instance"),
                env.messages().get("keylist.column.name"), env.messages().get("cli.column.state"),
                env.messages().get("cli.column.address"), env.messages().get("cli.column.keyPair"),
                env.messages().get("cli.column.alias")));
        for (ServerEntry e : entries) {
            ServerInstance i = e.instance();
            String keyPair = i.keyPair().map(id -> e.vaultKey().map(KeyPairRecord::name).orElse(id)
                    + (e.privateKeyHere() ? "" : " (" + env.messages().get("cli.servers.noPrivateKey") + ")"))
                    .orElse("");
            table.add(List.of(i.id(), i.name(), i.state(), i.addresses().preferred().orElse(""), keyPair,
                    e.sshAlias()));
        }
        env.out().print(table.render());
    }

    private static Map<String, Object> object(ServerEntry e) {
        ServerInstance i = e.instance();
        Map<String, Object> addresses = new LinkedHashMap<>();
        addresses.put("eip", i.addresses().eip().orElse(null));
        addresses.put("public", i.addresses().publicIps());
        addresses.put("private", i.addresses().privateIps());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("instanceId", i.id());
        o.put("name", i.name());
        o.put("state", i.state());
        o.put("os", i.os());
        o.put("zone", i.zone());
        o.put("addresses", addresses);
        o.put("keyPair", i.keyPair().orElse(null));
        o.put("vaultKeyId", e.vaultKey().map(k -> k.id().value()).orElse(null));
        o.put("privateKeyHere", e.privateKeyHere());
        o.put("sshAlias", e.sshAlias());
        return o;
    }
}
