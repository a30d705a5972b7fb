package io.yaoshi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Key generation: the JMH {@link KeygenBenchmark} and, in the same run, {@code ssh-keygen -t rsa -b 2048} timed per
 * process. Targets: RSA-2048 median at most half of ssh-keygen's per-key median; Ed25519 at least 20,000 keys/s.
 */
final class KeygenSuite implements BenchmarkSuite {

    private static final double BLANK = Double.NaN;

    private static final int SSH_KEYGEN_RUNS = 40;

    @Override
    public String name() {
        return "keygen";
    }

    @Override
    public void run(Path resultDir) throws Exception {
        Options options = new OptionsBuilder().include(KeygenBenchmark.class.getName()).build();
        Collection<RunResult> results = new Runner(options).run();
        Path scratch = Files.createTempDirectory(resultDir, "ssh-keygen");
        double sshKeygenRsa = medianMillis(scratch, "rsa", "2048");
        double sshKeygenStartUp = medianMillis(scratch, "ed25519", null);
        String report = report(results, sshKeygenRsa, sshKeygenStartUp);
        Files.writeString(resultDir.resolve("keygen.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        try (var files = Files.list(scratch)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(scratch);
    }

    /** The median wall time of one {@code ssh-keygen} process generating one key, in milliseconds. */
    private static double medianMillis(Path scratch, String type, String bits)
            throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < SSH_KEYGEN_RUNS; i++) {
            Path key = scratch.resolve(type + i);
            List<String> command = new ArrayList<>(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-f",
                    key.toString()));
            if (bits != null) {
                command.addAll(List.of("-b", bits));
            }
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("ssh-keygen failed; is openssh-client installed?");
            }
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        return (times.get(SSH_KEYGEN_RUNS / 2 - 1) + times.get(SSH_KEYGEN_RUNS / 2)) / 2;
    }

    private static String report(Collection<RunResult> results, double sshKeygenRsa, double startUp) {
        StringBuilder out = new StringBuilder("# Key generation\n\n")
                .append("JMH, one fork, iterations as annotated in `KeygenBenchmark`; `ssh-keygen`: ")
                .append(SSH_KEYGEN_RUNS).append(" processes per row. Samples: keys timed (RSA, ECDSA) or ")
                .append("iterations (Ed25519).\n\n")
                .append("| benchmark | samples | median ms/key | mean ms/key | keys/s |\n")
                .append("| --- | ---: | ---: | ---: | ---: |\n");
        double jcaRsa = Double.NaN;
        double ed25519PerSecond = Double.NaN;
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            var stats = result.getPrimaryResult().getStatistics();
            if (name.equals("ed25519")) {
                ed25519PerSecond = stats.getMean();
                out.append(row(name, stats.getN(), BLANK, 1000 / stats.getMean(), stats.getMean()));
            } else {
                out.append(row(name, stats.getN(), stats.getPercentile(50), stats.getMean(), 1000 / stats.getMean()));
                if (name.equals("rsa2048Jca")) {
                    jcaRsa = stats.getPercentile(50);
                }
            }
        }
        double sshKeygenKey = sshKeygenRsa - startUp;
        out.append(row("ssh-keygen -t rsa -b 2048 (whole process)", SSH_KEYGEN_RUNS, sshKeygenRsa, BLANK, BLANK))
                .append(row("ssh-keygen -t ed25519 (≈ process start-up)", SSH_KEYGEN_RUNS, startUp, BLANK, BLANK))
                .append(row("ssh-keygen RSA-2048, start-up subtracted", SSH_KEYGEN_RUNS, sshKeygenKey, BLANK, BLANK))
                .append("\n")
                .append(String.format(Locale.ROOT, "- RSA-2048 (JCA) median / ssh-keygen per-key median (start-up "
                        + "subtracted): **%.2f×** (target ≤ 0.5×: %s)%n", jcaRsa / sshKeygenKey,
                        jcaRsa / sshKeygenKey <= 0.5 ? "met" : "NOT met"))
                .append(String.format(Locale.ROOT, "- Ed25519: **%,.0f keys/s** (target ≥ 20,000: %s)%n",
                        ed25519PerSecond, ed25519PerSecond >= 20_000 ? "met" : "NOT met"));
        return out.toString();
    }

    private static String row(String name, long samples, double median, double mean, double perSecond) {
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", name, samples, cell(median, "%.2f"),
                cell(mean, "%.3f"), cell(perSecond, "%,.0f"));
    }

    private static String cell(double value, String format) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, format, value);
    }
}
