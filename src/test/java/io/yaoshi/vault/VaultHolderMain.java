package io.yaoshi.vault;

import java.nio.file.Path;

/** Child process: opens the vault, prints "open" (or the refusal reason), holds it until stdin closes. */
public final class VaultHolderMain {

    private VaultHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Vault vault = Vault.open(Path.of(args[0]), TestVaults.cheapOptions())) {
            vault.unlock(TestVaults.password());
            System.out.println("open");
            System.out.flush();
            System.in.readAllBytes();
        } catch (VaultException e) {
            System.out.println(e.reason());
        }
    }
}
