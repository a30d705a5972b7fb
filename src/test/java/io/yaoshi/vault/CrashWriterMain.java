package io.yaoshi.vault;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Child process for the crash test: writes items forever, one or a batch per transaction, and prints each id only
 * after its transaction committed. The parent kills it at a random moment.
 */
public final class CrashWriterMain {

    private CrashWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Vault vault = Vault.open(Path.of(args[0]), TestVaults.cheapOptions())) {
            vault.unlock(TestVaults.password());
            System.out.println("ready");
            System.out.flush();
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (true) {
                List<VaultItem> batch = new ArrayList<>();
                for (int i = random.nextInt(1, 6); i > 0; i--) {
                    byte[] payload = new byte[random.nextInt(500, 3000)];
                    random.nextBytes(payload);
                    batch.add(VaultItem.create(ItemKind.values()[random.nextInt(3)], payload));
                }
                vault.putAll(batch);
                StringBuilder committed = new StringBuilder();
                batch.forEach(item -> committed.append(item.id()).append('\n'));
                System.out.print(committed);
                System.out.flush();
            }
        }
    }
}
