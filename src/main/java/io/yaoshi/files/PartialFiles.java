package io.yaoshi.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The temporary files {@link SafeFiles#writeAtomically} writes before its rename, {@code .NAME.<digits>.yaoshi-partial}.
 * A crash between the write and the rename leaves one behind, owner-only but holding what was written: an exported
 * private key, perhaps. Stale ones are removed at the next write into the same folder and when the app starts; one
 * younger than {@link #STALE_AFTER} may be another Yaoshi's write in progress and is left alone.
 */
final class PartialFiles {

    static final String SUFFIX = ".yaoshi-partial";
    static final Duration STALE_AFTER = Duration.ofMinutes(1);
    /** Ours, and those of versions that wrote {@code .NAME.<digits>.tmp}. */
    private static final Pattern OURS = Pattern.compile("\\..+\\.\\d+(\\.yaoshi-partial|\\.tmp)");

    private PartialFiles() {
    }

    static String prefixFor(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** Removes the stale partial files in {@code dir}; a file that cannot be removed is left for the next time. */
    static void removeStale(Path dir) throws IOException {
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, file ->
                OURS.matcher(file.getFileName().toString()).matches())) {
            for (Path file : files) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(staleBefore)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
