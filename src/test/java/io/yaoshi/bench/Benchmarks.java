package io.yaoshi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Runs the benchmark suites named on the command line (all when none is named) and writes each one's results to
 * {@code target/benchmarks/}. Started by {@code mvn -Pbench verify}.
 */
public final class Benchmarks {

    private static final List<BenchmarkSuite> SUITES = List.of(new KeygenSuite(), new VaultBenchmark(),
            new KeyListBenchmark(), new ProviderBenchmark(), new AgentBenchmark(), new TeamBenchmark());

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> wanted = Set.copyOf(Arrays.stream(args).flatMap(a -> Arrays.stream(a.split(",")))
                .map(String::strip).filter(a -> !a.isEmpty()).toList());
        Path resultDir = Files.createDirectories(Path.of("target", "benchmarks"));
        for (BenchmarkSuite suite : SUITES) {
            if (wanted.isEmpty() || wanted.contains(suite.name())) {
                System.out.println("== benchmark " + suite.name());
                suite.run(resultDir);
            }
        }
    }
}
