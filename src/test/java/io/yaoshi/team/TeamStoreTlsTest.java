package io.yaoshi.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.ExternalTool;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.LocalPostgres;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store reached over TLS with {@code sslmode=verify-full}, as a managed database is: its certificate decides. */
class TeamStoreTlsTest {

    @TempDir
    Path dir;

    @Test
    void verifyFullTrustsTheGivenAuthorityAndNoOther() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.startWithTls();
             VaultSession vault = new VaultSession(dir.resolve("vault.db"), Fixtures.cheapVault())) {
            vault.create(Fixtures.password());
            Teams teams = new Teams(vault, new Identities(vault, new SecureRandom()), new SecureRandom());
            String database = postgres.newDatabase();

            Path stranger = dir.resolve("stranger.crt");
            ExternalTool.run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", dir.resolve("stranger.key").toString(), "-out", stranger.toString(),
                    "-subj", "/CN=someone else", "-days", "2");
            TeamException refused = assertThrows(TeamException.class, () -> teams.create("ops",
                    StoreAddress.parse(database + "?sslmode=verify-full&sslrootcert=" + stranger)));
            assertEquals(TeamProblem.UNTRUSTED, refused.teamProblem());

            StoreAddress trusted = StoreAddress.parse(database + "?sslmode=verify-full&sslrootcert="
                    + postgres.certificateAuthority());
            teams.create("ops", trusted);
            try (TeamVault ops = teams.open("ops")) {
                assertEquals(1, ops.members().size(), "created and read back over verified TLS");
            }
        }
    }
}
