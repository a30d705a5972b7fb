package io.yaoshi.ui.failure;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What a bug report may carry about an unexpected failure: a stable id (the same in the window and the log line), the
 * version, and the exception's classes and stack frames. Exception messages are left out: a JDK message may quote
 * whatever input caused it, and that input may be a secret.
 */
public record UnexpectedFailureReport(String id, String version, String thread, String trace) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static UnexpectedFailureReport of(Throwable failure, String version, String thread) {
        byte[] id = new byte[4];
        RANDOM.nextBytes(id);
        return new UnexpectedFailureReport("E-" + HexFormat.of().withUpperCase().formatHex(id), version, thread,
                traceWithoutMessages(failure));
    }

    /** The text "Copy for a bug report" puts on the clipboard. */
    public String forBugReport() {
        return String.format(Locale.ROOT, "Yaoshi %s, error %s on thread %s%nJava %s, %s %s%n%s", version, id,
                thread, System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"), trace);
    }

    private static String traceWithoutMessages(Throwable failure) {
        StringBuilder trace = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            trace.append(t == failure ? "" : "Caused by: ").append(t.getClass().getName()).append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                trace.append("\tat ").append(frame).append('\n');
            }
        }
        return trace.toString();
    }
}
