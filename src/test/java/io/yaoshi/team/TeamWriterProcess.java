package io.yaoshi.team;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.Fixtures;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

/**
 * A process of its own for {@link TeamsTest}: opens the vault at {@code args[0]} and creates {@code args[3]} key pairs
 * named {@code args[2]-N} in team {@code args[1]}, one write each, as fast as it can.
 */
public final class TeamWriterProcess {

    private TeamWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (VaultSession vault = new VaultSession(Path.of(args[0]), Fixtures.cheapVault())) {
            vault.unlock(Fixtures.password());
            Teams teams = new Teams(vault, new Identities(vault, new SecureRandom()), new SecureRandom());
            try (TeamVault team = teams.open(args[1])) {
                KeyPairService keys = Fixtures.keyService(team);
                for (int i = 0; i < Integer.parseInt(args[3]); i++) {
                    keys.create(new KeyPairSpec(Placement.local(), args[2] + "-" + i, List.of(), KeyAlgorithm.ED25519,
                            CreateMode.IMPORT));
                }
            }
        }
    }
}
