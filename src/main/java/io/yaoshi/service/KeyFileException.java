package io.yaoshi.service;

import io.yaoshi.domain.KeyFileProblem;

/** Key text that could not be read or written; see {@link #problem()}. Never carries key material. */
public final class KeyFileException extends Exception {
    @java.io.Serial
    private static final long serialVersionUID = 1L;


    private final KeyFileProblem problem;

    public KeyFileException(KeyFileProblem problem, Throwable cause) {
        super(problem.name(), cause);
        this.problem = problem;
    }

    public KeyFileProblem problem() {
        return problem;
    }
}
