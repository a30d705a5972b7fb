package io.yaoshi.ui.team;

import io.yaoshi.service.KeyPairService;
import io.yaoshi.team.TeamVault;
import java.util.Optional;

/**
 * Which key pairs the window works on: the personal vault's, or one team's. Changed on the vault thread (a team's
 * connection is confined to it like the vault's); read from any thread when a dialog or the list starts its work.
 */
public final class ActiveKeys {

    private final KeyPairService personal;
    private volatile KeyPairService active;
    private volatile TeamVault team;

    public ActiveKeys(KeyPairService personal) {
        this.personal = personal;
        this.active = personal;
    }

    /** The use cases over the chosen key pairs. */
    public KeyPairService keys() {
        return active;
    }

    /** The chosen team, empty for the personal vault. */
    public Optional<TeamVault> team() {
        return Optional.ofNullable(team);
    }

    /** On the vault thread: works on {@code chosen} from now on, closing the team chosen before. */
    void use(TeamVault chosen) {
        TeamVault before = team;
        team = chosen;
        active = personal.over(chosen);
        if (before != null) {
            before.close();
        }
    }

    /** On the vault thread: back to the personal vault, the team's connection closed. */
    void usePersonal() {
        TeamVault before = team;
        team = null;
        active = personal;
        if (before != null) {
            before.close();
        }
    }
}
