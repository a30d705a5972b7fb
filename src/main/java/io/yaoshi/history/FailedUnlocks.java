package io.yaoshi.history;

import io.yaoshi.files.SafeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Failed unlocks, kept until the next unlock can write them into the (encrypted) history: a wrong password leaves the
 * vault locked, so they wait in {@code <vault>.failed-unlocks}, owner-only, one time per line and nothing else. Who
 * can write the vault's folder can delete this file; the README says so.
 */
final class FailedUnlocks {

    /** Enough to show a guessing attack without letting one fill the disk. */
    private static final int KEPT = 1000;

    private final Path file;

    FailedUnlocks(Path vaultFile) {
        this.file = vaultFile.resolveSibling(vaultFile.getFileName() + ".failed-unlocks");
    }

    void add(Instant time) throws IOException {
        List<Instant> times = new ArrayList<>(read());
        times.add(time);
        List<Instant> kept = times.subList(Math.max(0, times.size() - KEPT), times.size());
        StringBuilder lines = new StringBuilder();
        kept.forEach(each -> lines.append(each).append('\n'));
        SafeFiles.writeAtomically(file, lines.toString().getBytes(StandardCharsets.US_ASCII),
                SafeFiles.Overwrite.ALLOW);
    }

    /** The times waiting, oldest first; unreadable lines are skipped. */
    List<Instant> read() throws IOException {
        List<Instant> times = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                try {
                    times.add(Instant.parse(line.strip()));
                } catch (RuntimeException e) {
                    // a line this version did not write: not a time, so not a failed unlock
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return times;
    }

    void clear() throws IOException {
        Files.deleteIfExists(file);
    }
}
