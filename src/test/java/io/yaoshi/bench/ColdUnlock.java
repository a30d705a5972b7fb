package io.yaoshi.bench;

import io.yaoshi.service.VaultSession;
import io.yaoshi.vault.CheapKdf;
import io.yaoshi.vault.KdfParameters;
import io.yaoshi.vault.VaultOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One unlock of an existing vault in a fresh JVM, as a user meets it once per start: prints the unlock's time (KDF
 * excluded: the vault was made with a trivial one) and the heap held afterwards. Started by {@link KeyListBenchmark}
 * once per cold run.
 */
public final class ColdUnlock {

    static final KdfParameters NO_KDF = new KdfParameters(8, 1, 1);
    static final String PASSWORD = "benchmark password";
    private static final String MARKER = "cold-unlock";

    private ColdUnlock() {
    }

    /** The unlock's time and the heap it left held. */
    record Figures(long unlockNanos, long heldBytes) {
    }

    /** Runs {@link #main} in a new JVM on this one's class path and reads what it printed. */
    static Figures inFreshJvm(Path vault) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ColdUnlock.class.getName(), vault.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the cold unlock failed:\n" + output);
        }
        String[] figures = output.lines().filter(line -> line.startsWith(MARKER)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no figures in:\n" + output)).split(" ");
        return new Figures(Long.parseLong(figures[1]), Long.parseLong(figures[2]));
    }

    static VaultOptions options() {
        return VaultOptions.defaults().withKdf(CheapKdf.of(NO_KDF));
    }

    public static void main(String[] args) throws Exception {
        try (VaultSession vault = new VaultSession(Path.of(args[0]), options())) {
            long before = usedHeap();
            long start = System.nanoTime();
            int keyPairs = vault.unlock(PASSWORD.toCharArray()).keyPairs();
            long unlock = System.nanoTime() - start;
            long heap = usedHeap() - before;
            System.out.println(MARKER + " " + unlock + " " + heap + " " + keyPairs);
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
