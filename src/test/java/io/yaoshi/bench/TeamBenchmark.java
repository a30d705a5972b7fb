package io.yaoshi.bench;

import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Tag;
import io.yaoshi.service.VaultSession;
import io.yaoshi.team.Identities;
import io.yaoshi.team.StoreAddress;
import io.yaoshi.team.TeamRole;
import io.yaoshi.team.TeamVault;
import io.yaoshi.team.Teams;
import io.yaoshi.testing.LocalPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A team vault of {@value #ITEMS} key pairs on a PostgreSQL started for the run (127.0.0.1, a temporary folder, a
 * free port): writing them, a member's first sync (every row read, its signature checked, opened, and kept in the
 * offline copy), and a refresh after 1 and after 100 changes by another member, which must cost what changed, not
 * the team's size. Each figure is the median of {@value #RUNS} runs.
 */
final class TeamBenchmark implements BenchmarkSuite {

    private static final int ITEMS = 10_000;
    private static final int BATCH = 500;
    private static final int RUNS = 5;

    @Override
    public String name() {
        return "team";
    }

    @Override
    public void run(Path resultDir) throws Exception {
        Report report = new Report("Team vault benchmark (" + ITEMS + " key pairs, PostgreSQL on 127.0.0.1)");
        Path work = Files.createTempDirectory(resultDir, "team-");
        try (LocalPostgres postgres = LocalPostgres.start();
             VaultSession alice = vault(work.resolve("alice.db"));
             VaultSession bob = vault(work.resolve("bob.db"))) {
            StoreAddress store = StoreAddress.parse(postgres.newDatabase());
            teams(alice).create("bench", store);
            teams(alice).addMember("bench", new Identities(bob, new SecureRandom()).mine().publicIdentity(),
                    TeamRole.MEMBER);
            teams(bob).join("bench", store);

            List<KeyPairRecord> records = new ArrayList<>();
            char[] privateKey = KeyListBenchmark.fakePrivateKey();
            long start = System.nanoTime();
            try (TeamVault team = teams(alice).open("bench")) {
                for (int from = 0; from < ITEMS; from += BATCH) {
                    List<KeyPairRecord> batch = new ArrayList<>();
                    Map<KeyId, char[]> keys = new HashMap<>();
                    for (int i = from; i < from + BATCH; i++) {
                        KeyPairRecord r = KeyListBenchmark.record(i);
                        batch.add(r);
                        keys.put(r.id(), privateKey);
                    }
                    team.save(batch, keys);
                    records.addAll(batch);
                }
            }
            report.row("write " + ITEMS + " key pairs, " + BATCH + " per transaction (signed and sealed each)",
                    Report.seconds(System.nanoTime() - start));

            List<Long> firstSyncs = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                start = System.nanoTime();
                try (TeamVault synced = teams(bob).open("bench")) {
                    firstSyncs.add(System.nanoTime() - start);
                    if (synced.keyPairs().size() != ITEMS || !synced.rejectedItems().isEmpty()) {
                        throw new IllegalStateException("the first sync read " + synced.keyPairs().size());
                    }
                }
            }
            report.row("a member's first sync: read, verify, open and keep the offline copy of every row (median)",
                    Report.seconds(KeyListBenchmark.median(firstSyncs)));

            try (TeamVault alices = teams(alice).open("bench"); TeamVault bobs = teams(bob).open("bench")) {
                for (int changes : new int[] {0, 1, 100}) {
                    List<Long> refreshes = new ArrayList<>();
                    for (int run = 0; run < RUNS; run++) {
                        List<KeyPairRecord> changed = new ArrayList<>();
                        for (int i = 0; i < changes; i++) {
                            int at = (run * changes + i) % ITEMS;
                            KeyPairRecord r = records.get(at).withTags(List.of(new Tag("run", run + "-" + i)));
                            records.set(at, r);
                            changed.add(r);
                        }
                        if (!changed.isEmpty()) {
                            alices.save(changed, Map.of());
                        }
                        start = System.nanoTime();
                        int read = bobs.refresh();
                        refreshes.add(System.nanoTime() - start);
                        if (read != changes) {
                            throw new IllegalStateException("a refresh after " + changes + " changes read " + read);
                        }
                    }
                    report.row("refresh after " + changes + " change" + (changes == 1 ? "" : "s")
                            + " by another member (median)", Report.millis(KeyListBenchmark.median(refreshes)));
                }
            }
        } finally {
            BenchmarkSuite.deleteFolder(work);
        }
        report.write(resultDir.resolve("team.md"));
    }

    private static VaultSession vault(Path file) throws Exception {
        VaultSession vault = new VaultSession(file, ColdUnlock.options());
        vault.create(ColdUnlock.PASSWORD.toCharArray());
        return vault;
    }

    private static Teams teams(VaultSession vault) {
        return new Teams(vault, new Identities(vault, new SecureRandom()), new SecureRandom());
    }
}
