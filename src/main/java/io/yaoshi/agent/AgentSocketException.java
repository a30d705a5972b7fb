package io.yaoshi.agent;

import java.nio.file.Path;

/** The agent's socket cannot be served at this path; {@link #problem()} says why. Carries no secret. */
public final class AgentSocketException extends Exception {
    @java.io.Serial
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        /** Another agent (a running Yaoshi, say) answers at the path. */
        IN_USE,
        /** Something that is not a socket is in the way; it is left alone. */
        NOT_A_SOCKET,
        /** The socket's folder belongs to another user, so it cannot be made owner-only. */
        UNSAFE_FOLDER,
        /** The path is too long for a Unix socket, or the system refused. */
        FAILED
    }

    private final Problem problem;
    private final transient Path path;

    public AgentSocketException(Problem problem, Path path, Throwable cause) {
        super(problem + ": " + path, cause);
        this.problem = problem;
        this.path = path;
    }

    public Problem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }
}
