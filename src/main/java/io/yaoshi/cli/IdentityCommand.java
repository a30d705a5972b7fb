package io.yaoshi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.team.TeamIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yaoshi identity [--json]}: this vault's public team identity, made on first use, to send to a team's admin;
 * its fingerprint is what the two compare over another channel.
 */
@Command(name = "identity", mixinStandardHelpOptions = true)
final class IdentityCommand extends VaultCommand {

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    IdentityCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run() throws Exception {
        TeamIdentity identity = env.services().identities().mine().publicIdentity();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            env.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.createObjectNode()
                    .put("identity", identity.text()).put("fingerprint", identity.fingerprint())));
        } else {
            env.out().println(identity.text());
            env.out().println(env.messages().format("cli.identity.fingerprint", identity.fingerprint()));
        }
        return ExitCode.OK;
    }
}
