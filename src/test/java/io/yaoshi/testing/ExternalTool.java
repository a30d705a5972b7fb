package io.yaoshi.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs ssh-keygen, openssl or puttygen; a missing tool fails the test loudly instead of skipping it. */
public final class ExternalTool {

    private static final long TIMEOUT_SECONDS = 60;

    private ExternalTool() {
    }

    /** Runs the command and returns its standard output, failing on a non-zero exit. */
    public static String run(String... command) {
        List<String> argv = new ArrayList<>(List.of(command));
        Process process;
        try {
            process = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed; the cross-checks need openssh-client, openssl "
                    + "and putty-tools", e);
        }
        try {
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", argv) + " failed: " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read the output of " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command[0], e);
        } finally {
            process.destroy();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
