package io.yaoshi.servers;

import static io.yaoshi.servers.EmulatedClouds.HANGZHOU;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.emulator.CloudEmulator;
import io.yaoshi.emulator.EmulatorAccounts;
import io.yaoshi.provider.CloudKeyProvider;
import io.yaoshi.servers.ServersSshConfig.AddressPreference;
import io.yaoshi.service.VaultSession;
import io.yaoshi.sshconfig.UseWithSsh;
import io.yaoshi.testing.Fixtures;
import io.yaoshi.testing.OpenSsh;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated config of a region's servers, read back by OpenSSH's own parser ({@code ssh -G ALIAS -F FILE}). */
class ServersSshConfigTest {

    @TempDir
    Path home;

    private CloudEmulator emulator;
    private VaultSession vault;
    private KeyPairRecord web;
    private Inventory inventory;

    @BeforeEach
    void start() throws Exception {
        emulator = CloudEmulator.start(0, EmulatorAccounts.defaults());
        EmulatedClouds clouds = new EmulatedClouds(emulator);
        vault = new VaultSession(home.resolve("vault.db"), Fixtures.cheapVault());
        vault.create(Fixtures.password());
        CloudKeyProvider cloud = clouds.aliyun();
        web = EmulatedClouds.keyAt(vault, cloud, HANGZHOU, "web");
        clouds.seed(HANGZHOU, "i-web", "web 01", "Running", "linux", Optional.of("121.40.1.1"), Optional.of("web"));
        clouds.seed(HANGZHOU, "i-db", "db", "Running", "linux", Optional.empty(), Optional.of("someone-elses"));
        inventory = new ServerInventory(vault, provider -> cloud, Clock.systemUTC()).read(HANGZHOU);
    }

    @AfterEach
    void stop() {
        vault.close();
        emulator.close();
    }

    private static String value(List<String> resolved, String keyword) {
        return resolved.stream().filter(l -> l.toLowerCase().startsWith(keyword + " ")).findFirst()
                .map(l -> l.substring(keyword.length() + 1)).orElse("");
    }

    @Test
    void eachServerResolvesAsOpenSshReadsIt() throws Exception {
        Path dir = home.resolve(".ssh").resolve("yaoshi");
        Path socket = home.resolve("agent.sock");
        ServersSshConfig config = new ServersSshConfig(dir, Path.of("/nonexistent-home"));
        new LoginUsers(vault).set(web.id(), "deploy");

        ServersSshConfig.Rendered rendered = config.render(List.of(inventory), socket, new LoginUsers(vault).all(),
                AddressPreference.PUBLIC_FIRST);
        Path file = config.write(rendered);

        assertEquals(2, rendered.hosts());
        List<String> resolved = OpenSsh.resolve(file, "web-01");
        assertEquals("121.40.1.1", value(resolved, "hostname"), "the EIP first");
        assertEquals("deploy", value(resolved, "user"));
        assertEquals("i-web", value(resolved, "hostkeyalias"));
        assertEquals("yes", value(resolved, "identitiesonly"));
        assertEquals(socket.toString(), value(resolved, "identityagent"));
        Path pub = dir.resolve(UseWithSsh.fileNameOf(web));
        assertEquals(pub.toString(), value(resolved, "identityfile"));
        assertEquals(web.publicKey() + "\n", Files.readString(pub));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        List<String> foreign = OpenSsh.resolve(file, "db");
        assertEquals("i-db", value(foreign, "hostkeyalias"));
        assertEquals("root", value(foreign, "user"), "the default user");
        assertFalse(Files.readString(file).contains("someone-elses-"), "no key file for a key pair not here");
        assertTrue(Files.readString(file).contains("# key pair someone-elses: no private key in Yaoshi"));
        assertEquals("10.0.0." + ("i-db".hashCode() & 0x7f), value(OpenSsh.resolve(config.write(config.render(
                List.of(inventory), socket, Map.of(), AddressPreference.PRIVATE_FIRST)), "db"), "hostname"),
                "a private address when preferred");
    }

    @Test
    void aConfigNotWrittenByYaoshiIsNeverOverwritten() throws Exception {
        Path dir = home.resolve("mine");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config"), "Host mine\n    User me\n");
        ServersSshConfig config = new ServersSshConfig(dir, home);

        assertThrows(FileAlreadyExistsException.class, () -> config.write(config.render(List.of(inventory),
                home.resolve("a.sock"), Map.of(), AddressPreference.PUBLIC_FIRST)));

        assertEquals("Host mine\n    User me\n", Files.readString(dir.resolve("config")));
    }

    @Test
    void theIncludeLineGoesOnTopOnceAndTheRestStaysByteForByte() throws Exception {
        Path ssh = Files.createDirectories(home.resolve(".ssh"));
        Path real = Files.writeString(home.resolve("dotfiles-ssh-config"), "Host *\n    IdentityAgent ~/.1p/agent\n");
        Path user = Files.createSymbolicLink(ssh.resolve("config"), real);
        ServersSshConfig config = new ServersSshConfig(ssh.resolve("yaoshi"), home);

        assertTrue(config.addInclude(user));
        assertFalse(config.addInclude(user), "once");

        assertTrue(Files.isSymbolicLink(user), "a dotfiles link is kept");
        assertArrayEquals(("Include ~/.ssh/yaoshi/config\nHost *\n    IdentityAgent ~/.1p/agent\n")
                .getBytes(StandardCharsets.UTF_8), Files.readAllBytes(real));
        Path fresh = home.resolve("fresh").resolve("config");
        assertTrue(config.addInclude(fresh));
        assertEquals("Include ~/.ssh/yaoshi/config\n", Files.readString(fresh));
    }
}
