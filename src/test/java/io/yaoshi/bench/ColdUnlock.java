package io.yaoshi.bench;

import io.yaoshi.service.VaultSession;
import io.yaoshi.vault.CheapKdf;
import io.yaoshi.vault.KdfParameters;
import io.yaoshi.vault.VaultOptions;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One unlock of an existing vault in a fresh JVM, as a user meets it once per start: the file opened first, as the
 * app opens it while the password is typed, then the unlock; prints both times (KDF excluded: the vault was made with
 * a trivial one) and the heap held afterwards. Started by {@link KeyListBenchmark}
 * once per cold run.
 */
public final class ColdUnlock {

    static final KdfParameters NO_KDF = new KdfParameters(8, 1, 1);
    static final String PASSWORD = "benchmark password";
    private static final String MARKER = "cold-unlock";

    private ColdUnlock() {
    }

    /** The opening's and the unlock's times and the heap the unlock left held. */
    record Figures(long openNanos, long unlockNanos, long heldBytes) {
    }

    /**
     * Runs {@link #main} in a new JVM as the app runs: the app's jar (unsigned, shaded: {@code yaoshi.bench.appJar})
     * with the installed app's JVM options ({@code yaoshi.bench.appJavaOptions}), both set by the bench profile, and
     * reads what it printed.
     */
    static Figures inFreshJvm(Path vault) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Arrays.stream(required("yaoshi.bench.appJavaOptions").split(" ")).filter(o -> !o.isBlank())
                .forEach(command::add);
        command.addAll(List.of("-cp", required("yaoshi.bench.appJar") + File.pathSeparator
                + Path.of(ColdUnlock.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                ColdUnlock.class.getName(), vault.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the cold unlock failed:\n" + output);
        }
        String[] figures = output.lines().filter(line -> line.startsWith(MARKER)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no figures in:\n" + output)).split(" ");
        return new Figures(Long.parseLong(figures[1]), Long.parseLong(figures[2]), Long.parseLong(figures[3]));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: run the benchmarks with mvn -Pbench verify");
        }
        return value;
    }

    static VaultOptions options() {
        return VaultOptions.defaults().withKdf(CheapKdf.of(NO_KDF));
    }

    public static void main(String[] args) throws Exception {
        try (VaultSession vault = new VaultSession(Path.of(args[0]), options())) {
            long opening = System.nanoTime();
            vault.open();
            long open = System.nanoTime() - opening;
            long before = usedHeap();
            long start = System.nanoTime();
            int keyPairs = vault.unlock(PASSWORD.toCharArray()).keyPairs();
            long unlock = System.nanoTime() - start;
            long heap = usedHeap() - before;
            System.out.println(MARKER + " " + open + " " + unlock + " " + heap + " " + keyPairs);
        }
    }

    /** The heap in use after the collector has run a few times: what is held, not what is garbage. */
    static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
