package io.yaoshi.service;

import java.nio.file.Path;

/** A key pair could not be loaded into another SSH agent, and nothing was added. */
public final class AgentLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        /** {@code SSH_AUTH_SOCK} is not set: no agent to load into. */
        NO_AGENT,
        /** {@code SSH_AUTH_SOCK} names Yaoshi's own agent, which serves the vault's keys itself. */
        OWN_AGENT,
        /** Nothing answers at the socket. */
        UNREACHABLE,
        /** The agent refused the key with its constraints (gnome-keyring and some others refuse any constraint). */
        REFUSED,
        /** Only the public key is here. */
        NO_PRIVATE_KEY
    }

    private final Problem problem;
    private final transient Path socket;

    public AgentLoadException(Problem problem, Path socket, Throwable cause) {
        super(problem.name(), cause);
        this.problem = problem;
        this.socket = socket;
    }

    public Problem problem() {
        return problem;
    }

    /** The agent's socket; empty path when there is none. */
    public Path socket() {
        return socket;
    }
}
