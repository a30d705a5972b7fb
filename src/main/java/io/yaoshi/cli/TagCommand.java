package io.yaoshi.cli;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yaoshi tag ID|NAME --set K=V --remove K}: changes tags; a set key keeps its place, new ones go last. */
@Command(name = "tag", mixinStandardHelpOptions = true)
final class TagCommand extends VaultCommand {

    @Parameters(paramLabel = "ID|NAME", descriptionKey = "cli.param.idOrName")
    private String reference;

    @Option(names = "--set", paramLabel = "KEY=VALUE", descriptionKey = "cli.option.tagSet")
    private List<String> set = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "KEY", descriptionKey = "cli.option.tagRemove")
    private List<String> remove = new ArrayList<>();

    TagCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        try (KeyScope.Found found = KeyScope.find(env, reference)) {
            KeyPairRecord key = found.key();
            Map<String, String> tags = new LinkedHashMap<>();
            key.tags().forEach(t -> tags.put(t.key(), t.value()));
            remove.forEach(tags::remove);
            TagArguments.parse(set).forEach(t -> tags.put(t.key(), t.value()));
            List<Tag> updated = tags.entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList();
            KeyPairRecord saved = found.keys().setTags(key.id(), updated);
            env.out().println(env.messages().format("cli.tag.updated", saved.name(), TagArguments.format(saved.tags())));
            return ExitCode.OK;
        }
    }
}
