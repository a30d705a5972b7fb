package io.yaoshi.service;

import io.yaoshi.domain.KeyFileProblem;

/** Key text that could not be read or written; see {@link #problem()}. Never carries key material. */
public final class KeyFileException extends Exception {

    private final KeyFileProblem problem;

    public KeyFileException(KeyFileProblem problem, Throwable cause) {
        super(problem.name(), cause);
        this.problem = problem;
    }

    public KeyFileProblem problem() {
        return problem;
    }
}
