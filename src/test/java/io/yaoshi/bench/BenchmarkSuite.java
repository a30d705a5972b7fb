package io.yaoshi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** One benchmark of the {@code bench} Maven profile; writes its results as Markdown (and raw data) to a folder. */
interface BenchmarkSuite {

    /** The name used on the command line ({@code -Dbench.suites=NAME}) and for its result files. */
    String name();

    void run(Path resultDir) throws Exception;

    /** Deletes a suite's scratch folder and everything in it. */
    static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
