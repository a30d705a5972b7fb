package io.yaoshi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.yaoshi.service.DamagedItem;
import io.yaoshi.service.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yaoshi check}: authenticates every item of the vault and names those that fail. Exit 4 when any does, so
 * a script or a backup job can stop before it copies a damaged vault over a good backup.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand extends VaultCommand {

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    private VaultSession.UnlockOutcome opened;

    CheckCommand(CliEnvironment env) {
        super(env);
    }

    /** The damage is this command's answer, not a side remark. */
    @Override
    void reportDamage(VaultSession.UnlockOutcome opened) {
        this.opened = opened;
    }

    @Override
    int run() throws Exception {
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode list = mapper.createArrayNode();
            opened.damaged().forEach(item -> list.addObject().put("id", item.id()).put("problem",
                    item.problem().code()));
            env.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(list));
        } else if (opened.damaged().isEmpty()) {
            env.out().println(env.messages().format("cli.check.sound", opened.items()));
        } else {
            for (DamagedItem item : opened.damaged()) {
                env.out().println(item.id() + "  " + item.problem().code() + "  "
                        + env.messages().get("cli.check.problem." + item.problem().name()));
            }
        }
        if (opened.damaged().isEmpty()) {
            return ExitCode.OK;
        }
        throw new CliFailure(ExitCode.VAULT, "DamagedItems", env.messages().format("cli.error.damaged",
                opened.damaged().size(), opened.items()));
    }
}
