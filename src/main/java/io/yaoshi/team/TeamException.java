package io.yaoshi.team;

import io.yaoshi.domain.VaultProblem;
import io.yaoshi.service.VaultAccessException;

/**
 * A team operation refused for a reason the user can act on, or its store failed. It is a vault access problem, so
 * the key-pair use cases over a team's vault pass it through unchanged; the message never holds a password or secret.
 */
public final class TeamException extends VaultAccessException {
    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final TeamProblem teamProblem;
    private final String detail;

    public TeamException(TeamProblem problem, String detail, Throwable cause) {
        super(VaultProblem.TEAM, cause);
        this.teamProblem = problem;
        this.detail = detail;
    }

    public TeamException(TeamProblem problem, String detail) {
        this(problem, detail, null);
    }

    public TeamProblem teamProblem() {
        return teamProblem;
    }

    /** What the problem is about: a team's name, a store's address (without password), a row's id. */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        return teamProblem + (detail.isEmpty() ? "" : ": " + detail);
    }
}
