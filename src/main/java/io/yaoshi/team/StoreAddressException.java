package io.yaoshi.team;

/** A store address that is refused, with why ({@code team.address.<problem>} in the bundles); never the password. */
public final class StoreAddressException extends IllegalArgumentException {
    @java.io.Serial
    private static final long serialVersionUID = 1L;

    /** Why an address is refused. */
    public enum Problem {
        NOT_A_URL,
        NOT_POSTGRESQL,
        HOLDS_PASSWORD,
        NO_HOST,
        NO_DATABASE,
        UNKNOWN_SETTING
    }

    private final Problem problem;
    private final String setting;

    StoreAddressException(Problem problem, String setting) {
        super(problem.name() + (setting.isEmpty() ? "" : ": " + setting));
        this.problem = problem;
        this.setting = setting;
    }

    StoreAddressException(Problem problem) {
        this(problem, "");
    }

    public Problem problem() {
        return problem;
    }

    /** The setting Yaoshi does not pass on, for {@link Problem#UNKNOWN_SETTING}; empty otherwise. */
    public String setting() {
        return setting;
    }
}
