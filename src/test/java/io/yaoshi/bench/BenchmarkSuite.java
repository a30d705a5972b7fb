package io.yaoshi.bench;

import java.nio.file.Path;

/** One benchmark of the {@code bench} Maven profile; writes its results as Markdown (and raw data) to a folder. */
interface BenchmarkSuite {

    /** The name used on the command line ({@code -Dbench.suites=NAME}) and for its result files. */
    String name();

    void run(Path resultDir) throws Exception;
}
