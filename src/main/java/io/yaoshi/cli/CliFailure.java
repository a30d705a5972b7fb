package io.yaoshi.cli;

/**
 * A failure a command reports itself: its exit code, a stable code for scripts and a message in the user's
 * language, printed as {@code error: CODE: message}.
 */
final class CliFailure extends Exception {
    @java.io.Serial
    private static final long serialVersionUID = 1L;


    private final int exitCode;
    private final String code;

    CliFailure(int exitCode, String code, String message) {
        super(message);
        this.exitCode = exitCode;
        this.code = code;
    }

    int exitCode() {
        return exitCode;
    }

    String code() {
        return code;
    }
}
