package io.yaoshi.cli;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.FailureTexts;
import io.yaoshi.service.KeyPairNotFoundException;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.team.TeamException;
import io.yaoshi.team.TeamLink;
import io.yaoshi.team.TeamVault;
import io.yaoshi.team.Teams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The key pairs a command works on: the personal vault's, or a team's ({@code --team NAME}). A reference the personal
 * vault does not know is looked for in each team, so {@code show}, {@code export}, {@code tag} and {@code delete}
 * find a team's key pairs by id or name; a team whose store is down is said and skipped, never fatal to the
 * personal vault. Closing it disconnects from the team's store.
 */
final class KeyScope implements AutoCloseable {

    private final KeyPairService keys;
    private final Optional<TeamVault> team;

    private KeyScope(KeyPairService keys, Optional<TeamVault> team) {
        this.keys = keys;
        this.team = team;
    }

    /** The personal vault's key pairs, or those of {@code teamName} when one is given (its store is read now). */
    static KeyScope of(CliEnvironment env, String teamName) throws Exception {
        if (teamName == null) {
            return new KeyScope(env.keys(), Optional.empty());
        }
        TeamVault team = teams(env).open(teamName);
        warnAboutRejected(env, team);
        return new KeyScope(env.keys().over(team), Optional.of(team));
    }

    /** Where {@code reference} names a key pair: the personal vault first, then each team in turn. */
    static Found find(CliEnvironment env, String reference) throws Exception {
        KeyPairNotFoundException missing;
        try {
            return new Found(new KeyScope(env.keys(), Optional.empty()), env.keys().resolve(reference));
        } catch (KeyPairNotFoundException e) {
            if (!e.candidates().isEmpty()) {
                throw e;
            }
            missing = e;
        }
        for (TeamLink link : teams(env).links()) {
            KeyScope scope;
            try {
                scope = of(env, link.name());
            } catch (TeamException e) {
                FailureTexts.Line line = new FailureTexts(env.messages()).describe(e).orElseThrow().get(0);
                env.err().println("warning: " + line.code() + ": " + env.messages().format(
                        "cli.warning.teamNotSearched", link.name(), line.message()));
                continue;
            }
            try {
                return new Found(scope, scope.keys.resolve(reference));
            } catch (KeyPairNotFoundException e) {
                scope.close();
                if (!e.candidates().isEmpty()) {
                    throw e;
                }
            }
        }
        throw missing;
    }

    /** The team service, asking for a store's password (only when its server wants one) like for a cloud secret. */
    static Teams teams(CliEnvironment env) {
        Teams teams = env.services().teams();
        teams.askPasswordsWith(store -> {
            try {
                return env.secrets().read(Secrets.SECRET_VARIABLE,
                        env.messages().format("cli.prompt.storePassword", store.text()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return teams;
    }

    KeyPairService keys() {
        return keys;
    }

    /** The team's name, or empty for the personal vault. */
    Optional<String> teamName() {
        return team.map(t -> t.link().name());
    }

    @Override
    public void close() {
        team.ifPresent(TeamVault::close);
    }

    private static void warnAboutRejected(CliEnvironment env, TeamVault team) {
        List<String> ids = team.rejectedItems().stream().map(Object::toString).toList();
        if (!ids.isEmpty()) {
            env.err().println("warning: Team.RowsRejected: " + env.messages().format("cli.warning.teamRowsRejected",
                    team.link().name(), ids.size(), ids.stream().collect(Collectors.joining(", "))));
        }
        if (team.rejectedMembers() > 0) {
            env.err().println("warning: Team.MembersRejected: " + env.messages().format(
                    "cli.warning.teamMembersRejected", team.link().name(), team.rejectedMembers()));
        }
    }

    /** A key pair and the scope it was found in; closing it closes the scope. */
    record Found(KeyScope scope, KeyPairRecord key) implements AutoCloseable {
        KeyPairService keys() {
            return scope.keys();
        }

        @Override
        public void close() {
            scope.close();
        }
    }
}
