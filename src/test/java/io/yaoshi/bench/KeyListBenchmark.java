package io.yaoshi.bench;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyFingerprints;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Origin;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.domain.Tag;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.VaultSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key list at scale, through the service layer the app uses: 100,000 key pairs with tags and a 2048-bit-sized
 * private key each; unlock (decrypt, parse and index, KDF excluded), then one filter by tag and one by name substring
 * over all of them (median of 21 runs after 30 warm-up runs), and the heap the unlocked index holds. The unlock is
 * measured in fresh JVMs running the app's jar with the installed app's JVM options ({@link ColdUnlock}): a user
 * unlocks once per start.
 */
final class KeyListBenchmark implements BenchmarkSuite {

    private static final int KEYS = 100_000;
    private static final int BATCH = 10_000;
    private static final int FILTER_RUNS = 21;
    private static final int WARM_UP_RUNS = 30;
    private static final int COLD_RUNS = 5;

    @Override
    public String name() {
        return "keylist";
    }

    @Override
    public void run(Path resultDir) throws Exception {
        Report report = new Report("Key list benchmark (service layer, 100,000 key pairs)");
        Path work = Files.createTempDirectory(resultDir, "keylist-");
        Path file = work.resolve("vault.db");
        try {
            createVault(file);
            List<Long> opens = new ArrayList<>();
            List<Long> unlocks = new ArrayList<>();
            List<Long> both = new ArrayList<>();
            List<Long> heaps = new ArrayList<>();
            for (int run = 0; run < COLD_RUNS; run++) {
                ColdUnlock.Figures figures = ColdUnlock.inFreshJvm(file);
                opens.add(figures.openNanos());
                unlocks.add(figures.unlockNanos());
                both.add(figures.openNanos() + figures.unlockNanos());
                heaps.add(figures.heldBytes());
            }
            report.row("open the file in a fresh JVM (lock, SQLite, header), as the app does while the password is"
                    + " typed, median", Report.seconds(median(opens)));
            report.row("then unlock: decrypt, parse and index 100,000 key pairs (KDF excluded), runs",
                    Report.secondsList(unlocks));
            report.row("the same, median (target ≤ 0.75 s)", Report.seconds(median(unlocks)));
            report.row("open and unlock together, median (a caller that opens only when it unlocks)",
                    Report.seconds(median(both)));
            report.row("heap held after that unlock (vault and key list), median (target ≤ 256 MiB)",
                    median(heaps) / (1024 * 1024) + " MiB");
            measureFilters(file, report);
        } finally {
            BenchmarkSuite.deleteFolder(work);
        }
        report.write(resultDir.resolve("keylist.md"));
    }

    /** A vault of {@value #KEYS} key pairs, saved in batches as an import would. */
    static void createVault(Path file) throws Exception {
        try (VaultSession vault = new VaultSession(file, ColdUnlock.options())) {
            vault.create(ColdUnlock.PASSWORD.toCharArray());
            char[] privateKey = fakePrivateKey();
            for (int start = 0; start < KEYS; start += BATCH) {
                List<KeyPairRecord> batch = new ArrayList<>();
                Map<KeyId, char[]> keys = new HashMap<>();
                for (int i = start; i < start + BATCH; i++) {
                    KeyPairRecord r = record(i);
                    batch.add(r);
                    keys.put(r.id(), privateKey);
                }
                vault.save(batch, keys);
            }
        }
    }

    private static void measureFilters(Path file, Report report) throws Exception {
        try (VaultSession vault = new VaultSession(file, ColdUnlock.options())) {
            vault.unlock(ColdUnlock.PASSWORD.toCharArray());
            KeyPairService service = io.yaoshi.testing.Fixtures.keyService(vault);
            KeyPairFilter byTag = new KeyPairFilter("", Optional.empty(), "",
                    List.of(KeyPairFilter.TagFilter.parse("env=prod")));
            KeyPairFilter byName = new KeyPairFilter("web-12", Optional.empty(), "", List.of());
            long tag = median(() -> service.list(byTag).size());
            long name = median(() -> service.list(byName).size());
            long all = median(() -> service.list(KeyPairFilter.ALL).size());
            report.row("list all (median)", Report.millis(all));
            report.row("filter by tag env=prod, " + service.list(byTag).size() + " hits (median; target ≤ 20 ms)",
                    Report.millis(tag));
            report.row("filter by name substring \"web-12\", " + service.list(byName).size()
                    + " hits (median; target ≤ 20 ms)", Report.millis(name));
        }
    }

    static KeyPairRecord record(int i) {
        Placement placement = switch (i % 3) {
            case 0 -> Placement.local();
            case 1 -> Placement.aliyun("cn-hangzhou", "");
            default -> Placement.ucloud("cn-bj2", "", "org-abc123");
        };
        List<Tag> tags = List.of(new Tag("env", i % 4 == 0 ? "prod" : "dev"), new Tag("team", "team-" + i % 50),
                new Tag("owner", "用户" + i % 200));
        return new KeyPairRecord(KeyId.random(), placement, (i % 2 == 0 ? "web-" : "db-") + i, KeyAlgorithm.RSA_2048,
                tags, new KeyFingerprints("5d:02:74:93:e3:7b:56:1f:09:79:a9:fe:75:46:99:6c",
                        "SHA256:mjEp5s0SihFwgSY9UoZuycrDp2wxkq5WHmgP+4bVhWs", ""), "",
                Instant.ofEpochSecond(1_700_000_000L + i), Origin.GENERATED,
                placement.provider() == ProviderId.LOCAL ? RemoteState.LOCAL : RemoteState.PRESENT,
                "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDp7TK8dCgLQ18kfmBx0WcB0rlKhAKgeu3dh+xdMmz5QZTRpDZoVOCLK4INL6kv"
                        + "/rTylRwgHUestEIQNmS3OYbNlVi43ux7nZV3FFmbxTE6naiQK1IpSbCydyaEQyxG3GqwHim55PWq4U4l+5w6un8H"
                        + "IbCrNI2s3hT6/C9G1+obS+rAN6eCykBwOOpOgu20/fSSYbvlaw3mdWK4ujNe3MBlFiDgAEf/bfwn6YpOyaBw9Lov"
                        + "hQWm4eT0CVyD4otCHlzXaCwkOLuAkATfqa1YQZtmg7yw63RTEnnIUnBGd5UFV9OKfZghwFwF32zKZw05e3lUKO+u9"
                        + "ROMPJZgWDOH669j web-" + i, true);
    }

    /** A PEM the size of an RSA-2048 PKCS#8 key; its content does not matter to listing. */
    static char[] fakePrivateKey() {
        StringBuilder pem = new StringBuilder("-----BEGIN PRIVATE KEY-----\n");
        char[] line = new char[64];
        Arrays.fill(line, 'A');
        for (int i = 0; i < 26; i++) {
            pem.append(line).append('\n');
        }
        return pem.append("-----END PRIVATE KEY-----\n").toString().toCharArray();
    }

    private interface Work {
        int run() throws Exception;
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long median(Work work) throws Exception {
        long[] times = new long[FILTER_RUNS];
        int sink = 0;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            sink += work.run(); // let the JIT compile the filter before it is timed
        }
        for (int i = 0; i < FILTER_RUNS; i++) {
            long t0 = System.nanoTime();
            sink += work.run();
            times[i] = System.nanoTime() - t0;
        }
        if (sink < 0) {
            throw new IllegalStateException("unreachable: keeps the work from being optimised away");
        }
        Arrays.sort(times);
        return times[FILTER_RUNS / 2];
    }
}
