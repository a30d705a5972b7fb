package io.yaoshi.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * How long this process has been running, to the kernel's tick. {@link ProcessHandle.Info#startInstant()} is not
 * good enough on Linux: it adds the process's start (in ticks since boot) to the boot time, which {@code /proc/stat}
 * gives in whole seconds, so every age it yields is off by the same fraction of a second (0.55 s on the machine where
 * the start-up benchmark disagreed with a stopwatch). Here both ends are read since boot: the start from
 * {@code /proc/self/stat}, now from {@code /proc/uptime}.
 */
final class ProcessAge {

    /** The kernel's /proc ABI counts in USER_HZ, which is 100 on every Linux architecture Java runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessAge() {
    }

    static long millis() {
        try {
            OptionalLong age = fromProc(Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII),
                    Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII));
            if (age.isPresent()) {
                return age.getAsLong();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc unreadable: the JDK's figure below
        }
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
    }

    /**
     * The age from the contents of {@code /proc/self/stat} (field 22: start time in ticks since boot, counted after the
     * command name, which may hold spaces and parentheses) and {@code /proc/uptime} (seconds since boot).
     */
    static OptionalLong fromProc(String stat, String uptime) {
        int afterName = stat.lastIndexOf(')');
        String[] uptimes = uptime.strip().split("\\s+");
        if (afterName < 0 || uptimes.length == 0) {
            return OptionalLong.empty();
        }
        String[] fields = stat.substring(afterName + 1).strip().split("\\s+");
        int startField = 22 - 3; // fields 1 and 2 (pid, name) precede afterName; field 3 is fields[0]
        if (fields.length <= startField) {
            return OptionalLong.empty();
        }
        long startMillis = Long.parseLong(fields[startField]) * 1000 / TICKS_PER_SECOND;
        long nowMillis = Math.round(Double.parseDouble(uptimes[0]) * 1000);
        return OptionalLong.of(nowMillis - startMillis);
    }
}
