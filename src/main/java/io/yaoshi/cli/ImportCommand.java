package io.yaoshi.cli;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.service.KeyFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code yaoshi import --file F --name N}: reads any key file Yaoshi knows (PEM, OpenSSH, PuTTY, public lines) into
 * the vault. An encrypted file's passphrase is read like a secret: {@code YAOSHI_SECRET}, a prompt, or stdin.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends VaultCommand {

    @Option(names = "--file", required = true, paramLabel = "FILE", descriptionKey = "cli.option.file")
    private Path file;

    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.option.name")
    private String name;

    @Option(names = "--tag", paramLabel = "KEY=VALUE", descriptionKey = "cli.option.tag")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--provider", paramLabel = "local|aliyun|ucloud", defaultValue = "local",
            descriptionKey = "cli.option.importProvider")
    private String provider;

    @Mixin
    private PlacementOptions where;

    @Option(names = "--team", paramLabel = "TEAM", descriptionKey = "cli.option.team")
    private String team;

    ImportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        byte[] content = KeyFiles.read(env.path(file));
        try (KeyScope scope = KeyScope.of(env, team)) {
            Placement placement = where.placement(Providers.parse(provider, env));
            KeyPairRecord imported = scope.keys().importKey(content, placement, name, TagArguments.parse(tags),
                    () -> Secrets.passphrase(env));
            env.out().println(env.messages().format("cli.import.done", imported.name(), imported.id().value(),
                    imported.fingerprints().sha256()));
            scope.teamName().ifPresent(in -> env.out().println(env.messages().format("cli.team.keptIn", in)));
            return ExitCode.OK;
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }
}
