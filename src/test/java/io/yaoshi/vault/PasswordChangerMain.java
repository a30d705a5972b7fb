package io.yaoshi.vault;

import java.nio.file.Path;

/**
 * Child process for the crash test: changes the password from {@code p<n>} to {@code p<n+1>} again and again, starting
 * at the number given, and prints each new password only after its change committed.
 */
public final class PasswordChangerMain {

    private PasswordChangerMain() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        try (Vault vault = Vault.open(Path.of(args[0]), TestVaults.cheapOptions())) {
            System.out.println("ready");
            System.out.flush();
            while (true) {
                vault.changePassword(("p" + n).toCharArray(), ("p" + (n + 1)).toCharArray());
                n++;
                System.out.println("p" + n);
                System.out.flush();
            }
        }
    }
}
