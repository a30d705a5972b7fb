package io.yaoshi.bench;

import io.yaoshi.vault.CheapKdf;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.KdfParameters;
import io.yaoshi.vault.Vault;
import io.yaoshi.vault.VaultItem;
import io.yaoshi.vault.VaultOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * The vault at scale: 100,000 key pair items of about 2 KB inserted, unlocked with and without the KDF, heap held
 * after unlock; and Argon2id (Bouncy Castle) against the reference {@code argon2} CLI. Plain nanoTime loops.
 */
final class VaultBenchmark implements BenchmarkSuite {

    private static final int ITEMS = 100_000;
    private static final int SINGLE_PUTS = 200;
    private static final KdfParameters NO_KDF = new KdfParameters(8, 1, 1);
    private static final char[] PASSWORD = "benchmark password".toCharArray();

    @Override
    public String name() {
        return "vault";
    }

    @Override
    public void run(Path resultDir) throws Exception {
        Report report = new Report("Vault benchmark");
        Path work = Files.createTempDirectory(resultDir, "vault-");
        try {
            measureVault(work.resolve("vault.db"), report);
            Argon2Comparison.run(report);
        } finally {
            BenchmarkSuite.deleteFolder(work);
        }
        report.write(resultDir.resolve("vault.md"));
    }

    private static void measureVault(Path file, Report report) throws Exception {
        VaultOptions cheap = VaultOptions.defaults().withKdf(CheapKdf.of(NO_KDF));
        List<VaultItem> items = items();
        report.section("Items: " + ITEMS + " × about " + items.get(0).payloadLength() + " bytes of JSON");
        try (Vault vault = Vault.create(file, PASSWORD, cheap)) {
            long start = System.nanoTime();
            vault.putAll(items);
            report.row("bulk insert, one transaction", Report.seconds(System.nanoTime() - start));
            start = System.nanoTime();
            for (int i = 0; i < SINGLE_PUTS; i++) {
                vault.put(VaultItem.create(ItemKind.PENDING_OPERATION, items.get(i).payload()));
            }
            report.row("single put (own transaction, fsync)", Report.millis((System.nanoTime() - start) / SINGLE_PUTS));
        }
        items = null;
        report.row("file size", Files.size(file) / (1024 * 1024) + " MiB");

        List<Long> unlocks = new ArrayList<>();
        long heap = 0;
        for (int run = 0; run < 4; run++) {
            try (Vault vault = Vault.open(file, cheap)) {
                long before = ColdUnlock.usedHeap();
                long start = System.nanoTime();
                vault.unlock(PASSWORD);
                unlocks.add(System.nanoTime() - start);
                heap = ColdUnlock.usedHeap() - before;
            }
        }
        report.row("read and decrypt every head (unlock without KDF), the first run then warm ones (the target is"
                + " judged on a fresh JVM through the service layer: keylist.md)", Report.secondsList(unlocks));
        report.row("heap held by the unlocked vault (key pairs stay on disk: ids, kinds and fingerprints)",
                heap / (1024 * 1024) + " MiB");

        VaultOptions production = VaultOptions.defaults();
        try (Vault vault = Vault.open(file, production)) {
            vault.changePassword(PASSWORD, PASSWORD.clone()); // re-wrap under calibrated parameters
        }
        try (Vault vault = Vault.open(file, production)) {
            long start = System.nanoTime();
            vault.unlock(PASSWORD);
            report.row("unlock with the calibrated KDF " + vault.kdfParameters() + " (KDF + decrypt-and-index)",
                    Report.seconds(System.nanoTime() - start));
            report.row("the calibrated KDF alone, runs", Report.secondsList(
                    Argon2Comparison.bouncyCastle(vault.kdfParameters(), 3)));
        }
    }

    private static List<VaultItem> items() {
        Random random = new Random(42);
        List<VaultItem> items = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            byte[] key = new byte[1200];
            random.nextBytes(key);
            String json = "{\"name\":\"server-key-" + i + "\",\"provider\":\"aliyun\",\"region\":\"cn-hangzhou\","
                    + "\"tags\":{\"team\":\"ops\",\"env\":\"prod\"},\"fingerprint\":\"SHA256:" + i + "\","
                    + "\"privateKey\":\"-----BEGIN OPENSSH PRIVATE KEY-----\\n"
                    + Base64.getMimeEncoder().encodeToString(key).replace("\r\n", "\\n")
                    + "\\n-----END OPENSSH PRIVATE KEY-----\\n\"}";
            items.add(VaultItem.create(ItemKind.KEY_PAIR, json.getBytes(StandardCharsets.UTF_8)));
        }
        return items;
    }
}
