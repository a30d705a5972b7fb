package io.yaoshi.cli;

import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.servers.Inventory;
import io.yaoshi.servers.LoginUsers;
import io.yaoshi.servers.ServersSshConfig;
import io.yaoshi.servers.ServersSshConfig.AddressPreference;
import io.yaoshi.sshconfig.UseWithSsh;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yaoshi ssh-config [--write] [--dir DIR] [--add-include] [--prefer public|private] [--user ID|NAME=USER]…}:
 * the ssh config of every server read so far ({@code yaoshi servers}), printed, or written whole to {@code DIR/config}
 * with the public keys it names. {@code --user} sets, and keeps, the user a key pair's servers log in as.
 */
@Command(name = "ssh-config", mixinStandardHelpOptions = true)
final class SshConfigCommand extends VaultCommand {

    @Option(names = "--write", descriptionKey = "cli.option.sshConfigWrite")
    private boolean write;

    @Option(names = "--dir", paramLabel = "DIR", descriptionKey = "cli.option.sshDir")
    private Path dir;

    @Option(names = "--add-include", descriptionKey = "cli.option.addInclude")
    private boolean addInclude;

    @Option(names = "--prefer", paramLabel = "public|private", defaultValue = "public",
            descriptionKey = "cli.option.preferAddress")
    private String prefer;

    @Option(names = "--user", paramLabel = "ID|NAME=USER", descriptionKey = "cli.option.loginUser")
    private List<String> userSettings = List.of();

    SshConfigCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        AddressPreference preference = switch (prefer) {
            case "public" -> AddressPreference.PUBLIC_FIRST;
            case "private" -> AddressPreference.PRIVATE_FIRST;
            default -> throw new CliFailure(ExitCode.USAGE, "usage", env.messages().format("cli.sshConfig.prefer",
                    TerminalText.oneLine(prefer)));
        };
        if (addInclude && !write) {
            throw new CliFailure(ExitCode.USAGE, "usage", env.messages().get("cli.sshConfig.includeNeedsWrite"));
        }
        saveUsers(parseUsers());
        List<Inventory> known = env.servers().inventory().known();
        if (known.isEmpty()) {
            throw new CliFailure(ExitCode.VALIDATION, "noServers", env.messages().get("cli.sshConfig.noServers"));
        }
        Path home = Path.of(System.getProperty("user.home"));
        ServersSshConfig config = new ServersSshConfig(dir != null ? env.path(dir) : UseWithSsh.defaultDir(home),
                home);
        ServersSshConfig.Rendered rendered;
        try {
            rendered = config.render(known, env.agentSocket(), env.servers().users().all(), preference);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.USAGE, "usage", env.messages().get("cli.error.sshConfigPath"));
        }
        if (!write) {
            env.out().print(rendered.text());
            env.err().println(env.messages().format("cli.sshConfig.notWritten", config.shown(config.configFile())));
            return ExitCode.OK;
        }
        try {
            config.write(rendered);
        } catch (FileAlreadyExistsException e) {
            throw new CliFailure(ExitCode.VALIDATION, "notYaoshis", env.messages().format(
                    "cli.sshConfig.notYaoshis", config.shown(config.configFile())));
        }
        env.err().println(env.messages().format("cli.sshConfig.written", config.shown(config.configFile()),
                rendered.hosts(),
                rendered.keys().size()));
        warnNotOffered(rendered.keys());
        Path userConfig = home.resolve(".ssh").resolve("config");
        if (addInclude) {
            env.err().println(env.messages().format(config.addInclude(userConfig) ? "cli.sshConfig.included"
                    : "cli.sshConfig.alreadyIncluded", config.shown(userConfig)));
        } else {
            env.err().println(env.messages().format("cli.sshConfig.includeHint", config.shown(config.configFile()),
                    config.shown(userConfig)));
        }
        return ExitCode.OK;
    }

    /** Every {@code --user} checked before any is kept, so a bad one changes nothing. */
    private Map<KeyId, String> parseUsers() throws Exception {
        Map<KeyId, String> users = new LinkedHashMap<>();
        for (String setting : userSettings) {
            int equals = setting.lastIndexOf('=');
            String user = equals < 0 ? "" : setting.substring(equals + 1);
            if (equals <= 0 || !LoginUsers.isValid(user)) {
                throw new CliFailure(ExitCode.USAGE, "usage", env.messages().format("cli.sshConfig.badUser",
                        TerminalText.oneLine(setting)));
            }
            users.put(env.keys().resolve(setting.substring(0, equals)).id(), user);
        }
        return users;
    }

    private void saveUsers(Map<KeyId, String> users) throws Exception {
        for (Map.Entry<KeyId, String> e : users.entrySet()) {
            env.servers().users().set(e.getKey(), e.getValue());
        }
    }

    private void warnNotOffered(List<KeyPairRecord> keys) throws Exception {
        for (KeyPairRecord key : keys) {
            if (!env.agentPolicies().of(key.id()).offer()) {
                env.err().println("warning: NotOffered: " + env.messages().format("cli.agent.notOffered",
                        key.name(), key.id().value()));
            }
        }
    }
}
