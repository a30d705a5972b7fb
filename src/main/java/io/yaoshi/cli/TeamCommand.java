package io.yaoshi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.i18n.FailureTexts;
import io.yaoshi.i18n.Messages;
import io.yaoshi.team.StoreAddress;
import io.yaoshi.team.StoreAddressException;
import io.yaoshi.team.TeamException;
import io.yaoshi.team.TeamIdentity;
import io.yaoshi.team.TeamLink;
import io.yaoshi.team.TeamMember;
import io.yaoshi.team.TeamRole;
import io.yaoshi.team.TeamVault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yaoshi team create|join|add-member|remove-member|list}: the teams this vault belongs to, shared through a
 * PostgreSQL store that sees only ciphertext and public keys.
 */
@Command(name = "team", mixinStandardHelpOptions = true, subcommands = {TeamCommand.Create.class,
    TeamCommand.Join.class, TeamCommand.AddMember.class, TeamCommand.RemoveMember.class, TeamCommand.ListTeams.class})
final class TeamCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code NAME --store URL}: create and join. */
    static final class TeamAtStore {
        @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.teamName")
        private String name;

        @Option(names = "--store", required = true, paramLabel = "URL", descriptionKey = "cli.option.store")
        private String store;

        StoreAddress address(CliEnvironment env) throws CliFailure {
            try {
                return StoreAddress.parse(store);
            } catch (StoreAddressException e) {
                FailureTexts.Line line = new FailureTexts(env.messages()).describe(e).orElseThrow().get(0);
                throw new CliFailure(ExitCode.USAGE, line.code(), line.message());
            }
        }
    }

    /** {@code NAME --identity ID}: add-member and remove-member. */
    static final class TeamAndMember {
        @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.teamName")
        private String name;

        @Option(names = "--identity", required = true, paramLabel = "ID", descriptionKey = "cli.option.identity")
        private String identity;

        TeamIdentity member(CliEnvironment env) throws CliFailure {
            try {
                return TeamIdentity.parse(identity);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.USAGE, "Team.BadIdentity", env.messages().format(
                        "cli.team.badIdentity", TeamIdentity.PREFIX));
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true)
    static final class Create extends VaultCommand {
        @Mixin
        private TeamAtStore team;

        Create(CliEnvironment env) {
            super(env);
        }

        @Override
        int run() throws Exception {
            TeamLink link = KeyScope.teams(env).create(team.name, team.address(env));
            env.out().println(env.messages().format("cli.team.created", link.name(), link.store().text()));
            env.out().println(env.messages().format("cli.team.addHint", link.name()));
            return ExitCode.OK;
        }
    }

    @Command(name = "join", mixinStandardHelpOptions = true)
    static final class Join extends VaultCommand {
        @Mixin
        private TeamAtStore team;

        Join(CliEnvironment env) {
            super(env);
        }

        @Override
        int run() throws Exception {
            TeamLink link = KeyScope.teams(env).join(team.name, team.address(env));
            env.out().println(env.messages().format("cli.team.joined", link.name(), link.founder().fingerprint()));
            return ExitCode.OK;
        }
    }

    @Command(name = "add-member", mixinStandardHelpOptions = true)
    static final class AddMember extends VaultCommand {
        @Mixin
        private TeamAndMember team;

        @Option(names = "--role", paramLabel = "admin|member", defaultValue = "member",
                descriptionKey = "cli.option.role")
        private String role;

        AddMember(CliEnvironment env) {
            super(env);
        }

        @Override
        int run() throws Exception {
            TeamIdentity member = team.member(env);
            TeamRole chosen = TeamRole.fromId(role).orElseThrow(() -> new CliFailure(ExitCode.USAGE, "usage",
                    env.messages().format("cli.team.badRole", role)));
            KeyScope.teams(env).addMember(team.name, member, chosen);
            env.out().println(env.messages().format("cli.team.added", member.fingerprint(), team.name,
                    env.messages().get("team.role." + chosen.id())));
            return ExitCode.OK;
        }
    }

    @Command(name = "remove-member", mixinStandardHelpOptions = true)
    static final class RemoveMember extends VaultCommand {
        @Mixin
        private TeamAndMember team;

        RemoveMember(CliEnvironment env) {
            super(env);
        }

        @Override
        int run() throws Exception {
            TeamIdentity member = team.member(env);
            int resealed = KeyScope.teams(env).removeMember(team.name, member);
            env.out().println(env.messages().format("cli.team.removed", member.fingerprint(), team.name, resealed));
            env.out().println(env.messages().format("cli.team.removedMayHaveCopied", team.name));
            return ExitCode.OK;
        }
    }

    /** Each team with what its store says now; a store that is down is said in its row, not as a failure. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListTeams extends VaultCommand {
        @Option(names = "--json", descriptionKey = "cli.option.json")
        private boolean json;

        ListTeams(CliEnvironment env) {
            super(env);
        }

        private record Row(TeamLink link, Optional<List<TeamMember>> members, int keyPairs, String problem) {
        }

        @Override
        int run() throws Exception {
            List<Row> rows = new ArrayList<>();
            for (TeamLink link : KeyScope.teams(env).links()) {
                try (TeamVault team = KeyScope.teams(env).open(link.name())) {
                    rows.add(new Row(link, Optional.of(team.members()), team.keyPairs().size(), ""));
                } catch (TeamException e) {
                    rows.add(new Row(link, Optional.empty(), 0,
                            new FailureTexts(env.messages()).describe(e).orElseThrow().get(0).code()));
                }
            }
            if (json) {
                printJson(rows);
            } else if (rows.isEmpty()) {
                env.out().println(env.messages().get("cli.team.none"));
            } else {
                Messages m = env.messages();
                TextTable table = new TextTable(List.of(m.get("cli.team.column.name"), m.get("cli.team.column.role"),
                        m.get("cli.team.column.members"), m.get("cli.team.column.keyPairs"),
                        m.get("cli.team.column.store")));
                for (Row row : rows) {
                    table.add(List.of(row.link().name(), row.members().map(this::myRole).orElse(row.problem()),
                            row.members().map(list -> Integer.toString(list.size())).orElse("—"),
                            row.members().isPresent() ? Integer.toString(row.keyPairs()) : "—",
                            row.link().store().text()));
                }
                env.out().print(table.render());
            }
            return ExitCode.OK;
        }

        private String myRole(List<TeamMember> members) {
            return members.stream().filter(TeamMember::me).findFirst()
                    .map(me -> env.messages().get("team.role." + me.role().id())).orElse("—");
        }

        private void printJson(List<Row> rows) throws Exception {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode out = mapper.createArrayNode();
            for (Row row : rows) {
                ObjectNode team = out.addObject().put("name", row.link().name()).put("id", row.link().id().toString())
                        .put("store", row.link().store().text())
                        .put("founder", row.link().founder().fingerprint());
                if (row.members().isEmpty()) {
                    team.put("reachable", false).put("problem", row.problem());
                    continue;
                }
                team.put("reachable", true).put("keyPairs", row.keyPairs());
                ArrayNode members = team.putArray("members");
                for (TeamMember member : row.members().get()) {
                    members.addObject().put("identity", member.identity().text())
                            .put("fingerprint", member.identity().fingerprint()).put("role", member.role().id())
                            .put("founder", member.founder()).put("me", member.me());
                }
            }
            env.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        }
    }
}
