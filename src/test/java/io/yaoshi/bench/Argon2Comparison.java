package io.yaoshi.bench;

import io.yaoshi.vault.KdfParameters;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id at the floor parameters: Bouncy Castle in this JVM against the reference {@code argon2} CLI. */
final class Argon2Comparison {

    private static final Pattern CLI_SECONDS = Pattern.compile("([0-9.]+) seconds");
    private static final byte[] SALT = "somesaltsomesalt".getBytes(StandardCharsets.US_ASCII);
    private static final int RUNS = 5;
    /** Runs before the timed ones: two were not always enough for C2 to have compiled Bouncy Castle's inner loop. */
    private static final int WARM_UP_RUNS = 8;

    private Argon2Comparison() {
    }

    static void run(Report report) throws Exception {
        KdfParameters floor = KdfParameters.FLOOR;
        report.section("Argon2id, m = " + floor.memoryKiB() / 1024 + " MiB, t = " + floor.iterations()
                + " (median of " + RUNS + " after warm-up)");
        long bc1 = median(bouncyCastle(floor, RUNS));
        long cli1 = median(cli(floor));
        report.row("Bouncy Castle, p = 1", Report.millis(bc1));
        report.row("argon2 CLI, p = 1 (its own timing)", Report.millis(cli1));
        report.row("ratio BC / CLI at p = 1 (target ≤ 1.3)", String.format("%.2f", (double) bc1 / cli1));
        KdfParameters twoLanes = new KdfParameters(floor.memoryKiB(), floor.iterations(), 2);
        report.row("Bouncy Castle, p = 2 (lanes computed one after another)",
                Report.millis(median(bouncyCastle(twoLanes, RUNS))));
        report.row("argon2 CLI, p = 2 (two threads)", Report.millis(median(cli(twoLanes))));
    }

    /** {@code runs} timed derivations after two untimed ones. */
    static List<Long> bouncyCastle(KdfParameters parameters, int runs) {
        List<Long> times = new ArrayList<>();
        for (int run = -WARM_UP_RUNS; run < runs; run++) {
            long start = System.nanoTime();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(SALT)
                    .withMemoryAsKB(parameters.memoryKiB()).withIterations(parameters.iterations())
                    .withParallelism(parameters.parallelism()).build());
            generator.generateBytes("password".getBytes(StandardCharsets.UTF_8), new byte[32]);
            if (run >= 0) {
                times.add(System.nanoTime() - start);
            }
        }
        return times;
    }

    /** The CLI's {@code -m} is log2 of KiB. */
    private static List<Long> cli(KdfParameters parameters) throws IOException, InterruptedException {
        int log2KiB = Integer.numberOfTrailingZeros(parameters.memoryKiB());
        List<Long> times = new ArrayList<>();
        for (int run = -1; run < RUNS; run++) {
            Process process = new ProcessBuilder("argon2", new String(SALT, StandardCharsets.US_ASCII), "-id",
                    "-t", String.valueOf(parameters.iterations()), "-m", String.valueOf(log2KiB),
                    "-p", String.valueOf(parameters.parallelism())).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write("password".getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            Matcher seconds = CLI_SECONDS.matcher(output);
            if (!seconds.find()) {
                throw new IOException("unexpected argon2 output: " + output);
            }
            if (run >= 0) {
                times.add((long) (Double.parseDouble(seconds.group(1)) * 1e9));
            }
        }
        return times;
    }

    private static long median(List<Long> times) {
        return times.stream().sorted().toList().get(times.size() / 2);
    }
}
