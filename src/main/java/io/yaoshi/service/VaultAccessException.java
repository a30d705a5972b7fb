package io.yaoshi.service;

import io.yaoshi.domain.VaultProblem;

/** The vault refused an operation for a reason the user can act on; see {@link #problem()} (a team's store subclasses it). */
public class VaultAccessException extends Exception {
    @java.io.Serial
    private static final long serialVersionUID = 1L;


    private final VaultProblem problem;

    public VaultAccessException(VaultProblem problem, Throwable cause) {
        super(problem.name(), cause);
        this.problem = problem;
    }

    public VaultAccessException(VaultProblem problem) {
        this(problem, null);
    }

    public VaultProblem problem() {
        return problem;
    }
}
