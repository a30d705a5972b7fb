package io.yaoshi.cli;

/** The command line's exit codes, as documented in its help and the README. */
public final class ExitCode {

    public static final int OK = 0;
    /** Something unexpected; the log has the details. */
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    /** A rule was broken: nothing changed, no request was sent. */
    public static final int VALIDATION = 3;
    /** Wrong password, locked, tampered, in use. */
    public static final int VAULT = 4;
    /** The cloud provider, a team's store or the network failed. */
    public static final int PROVIDER = 5;
    /** The SSH agent's socket cannot be served (another agent answers there, or the path is unsafe). */
    public static final int AGENT = 6;

    private ExitCode() {
    }
}
