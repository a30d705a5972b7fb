package io.yaoshi.sshconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.OpenSsh;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public key file and Host block, read back by OpenSSH's own {@code ssh -G}. */
class UseWithSshTest {

    @TempDir
    Path home;

    private final KeyPairRecord web = Fixtures.record("web prod/东京", Placement.local(), List.of());

    @Test
    void theBlockPinsTheWrittenPublicKeyToTheAgentAsSshReadsIt() throws Exception {
        Path dir = UseWithSsh.defaultDir(home);
        Path socket = home.resolve("run dir").resolve("agent.sock");

        UseWithSsh.Written written = new UseWithSsh(dir, home).write(web, UseWithSsh.aliasOf(web), socket);

        assertEquals("web-prod-东京", UseWithSsh.aliasOf(web));
        assertEquals(dir.resolve("web-prod-东京-" + web.id().value().replace("-", "").substring(0, 8) + ".pub"),
                written.publicKeyFile());
        assertEquals(web.publicKey() + "\n", Files.readString(written.publicKeyFile()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                written.publicKeyFile())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertTrue(written.hostBlock().contains("IdentityFile ~/.ssh/yaoshi/web-prod-东京-"), written.hostBlock());
        assertTrue(written.hostBlock().contains("IdentityAgent \"~/run dir/agent.sock\""), written.hostBlock());

        Path config = Files.writeString(home.resolve("config"), written.hostBlock());
        List<String> resolved = OpenSsh.resolve(config, "web-prod-东京");
        // ssh expands ~ with the real home, not this test's: compare what follows it
        assertTrue(resolved.stream().anyMatch(l -> l.startsWith("identityagent ") && l.endsWith("/run dir/agent.sock")),
                String.join("\n", resolved));
        assertTrue(resolved.stream().anyMatch(l -> l.startsWith("identityfile ")
                && l.endsWith("/.ssh/yaoshi/" + written.publicKeyFile().getFileName())), String.join("\n", resolved));
        assertTrue(resolved.contains("identitiesonly yes"), String.join("\n", resolved));
    }

    @Test
    void whatSshConfigCannotHoldIsRefusedAndNothingWritten() {
        Path dir = home.resolve("keys");
        UseWithSsh use = new UseWithSsh(dir, home);

        assertThrows(IllegalArgumentException.class, () -> use.write(web, "two words", home.resolve("a.sock")));
        assertThrows(IllegalArgumentException.class, () -> use.write(web, "web", home.resolve("quote\"d.sock")));
        assertThrows(IllegalArgumentException.class, () -> new UseWithSsh(home.resolve("new\nline"), home)
                .write(web, "web", home.resolve("a.sock")));
        assertFalse(Files.exists(dir));
    }

    @Test
    void wordsAreQuotedOrRefusedAsSshConfigNeeds() {
        assertEquals(Optional.of("plain"), SshConfigWords.argument("plain"));
        assertEquals(Optional.of("\"two words\""), SshConfigWords.argument("two words"));
        assertEquals(Optional.of("\"a#b\""), SshConfigWords.argument("a#b"));
        assertEquals(Optional.empty(), SshConfigWords.argument("a\"b"));
        assertEquals(Optional.empty(), SshConfigWords.argument("a\tb\u0007"));
        assertEquals("key", SshConfigWords.stem(" ../ ", "key"));
        assertFalse(SshConfigWords.isHostAlias("*.example.com"));
        assertTrue(SshConfigWords.isHostAlias("生产-web"));
    }
}
