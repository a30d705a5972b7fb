package io.yaoshi.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.keys.Fingerprints;
import io.yaoshi.keys.KeyGenerator;
import io.yaoshi.keys.SshKeyPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host keys named as OpenSSH's known_hosts files name them, hashed entries written by {@code ssh-keygen -H}. */
class KnownHostsTest {

    private static final KeyGenerator GENERATOR = new KeyGenerator(new SecureRandom());

    @TempDir
    Path dir;

    private final SshKeyPair web = GENERATOR.generate(KeyAlgorithm.ED25519, "web host");
    private final SshKeyPair db = GENERATOR.generate(KeyAlgorithm.ECDSA_P256, "db host");

    private static String line(String hosts, SshKeyPair key) {
        return hosts + " " + key.publicKey().sshType() + " "
                + Base64.getEncoder().encodeToString(key.publicKey().wireBlob()) + "\n";
    }

    private KnownHosts knownHosts(String content, String sshConfig) throws Exception {
        Path file = Files.writeString(dir.resolve("known_hosts"), content);
        return new KnownHosts(List.of(dir.resolve("absent"), file), Files.writeString(dir.resolve("config"),
                sshConfig));
    }

    /** Hashes the file as a user does, with OpenSSH's own tool. */
    private void hashWithSshKeygen() throws Exception {
        Process p = new ProcessBuilder("ssh-keygen", "-H", "-f", dir.resolve("known_hosts").toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0, output);
        assertFalse(Files.readString(dir.resolve("known_hosts")).contains("example.com"), "hashed");
    }

    @Test
    void aPlainEntryNamesItsFirstHost() throws Exception {
        KnownHosts hosts = knownHosts("# a comment\n\n" + line("web.example.com,10.0.0.5", web)
                + line("[db.example.com]:2222", db), "");

        Destination to = hosts.of(web.publicKey().wireBlob());
        assertEquals(Optional.of("web.example.com"), to.name());
        assertTrue(to.known());
        assertEquals(Fingerprints.sha256(web.publicKey()), to.fingerprint());
        assertEquals(Optional.of("[db.example.com]:2222"), hosts.of(db.publicKey().wireBlob()).name(),
                "another port stays in known_hosts' spelling");
    }

    @Test
    void hashedEntriesAreNamedByTheSshConfigsHostsAndPorts() throws Exception {
        knownHosts(line("web.example.com", web) + line("[10.1.2.3]:2222", db), "");
        hashWithSshKeygen();
        KnownHosts hosts = new KnownHosts(List.of(dir.resolve("known_hosts")), Files.writeString(
                dir.resolve("config"), "Host web\n  HostName Web.Example.com\n\nHost db *.internal\n"
                        + "    HostName=10.1.2.3\n    Port 2222\n"));

        assertEquals(Optional.of("web.example.com"), hosts.of(web.publicKey().wireBlob()).name());
        assertEquals(Optional.of("[10.1.2.3]:2222"), hosts.of(db.publicKey().wireBlob()).name());
    }

    @Test
    void aHashedEntryNoCandidateMatchesIsKnownButUnnamed() throws Exception {
        knownHosts(line("secret.example.com", web), "Host other\n  HostName other.example.com\n");
        hashWithSshKeygen();
        KnownHosts hosts = new KnownHosts(List.of(dir.resolve("known_hosts")), dir.resolve("config"));

        Destination to = hosts.of(web.publicKey().wireBlob());
        assertTrue(to.known());
        assertEquals(Optional.empty(), to.name());
    }

    @Test
    void unknownRevokedAndCertificateAuthorityKeysAreNotKnownHosts() throws Exception {
        KnownHosts hosts = knownHosts("@revoked " + line("web.example.com", web).strip() + "\n"
                + line("web.example.com", web) + "@cert-authority " + line("*.example.com", db), "");

        assertFalse(hosts.of(web.publicKey().wireBlob()).known(), "a revoked key is never known, whatever else");
        assertFalse(hosts.of(db.publicKey().wireBlob()).known(), "a CA key is not a host's key");
        SshKeyPair stranger = GENERATOR.generate(KeyAlgorithm.ED25519, "stranger");
        assertFalse(hosts.of(stranger.publicKey().wireBlob()).known());
    }

    @Test
    void missingOrDamagedFilesNameNothingAndThrowNothing() throws Exception {
        KnownHosts none = new KnownHosts(List.of(dir.resolve("absent")), dir.resolve("absent-config"));
        assertFalse(none.of(web.publicKey().wireBlob()).known());

        KnownHosts damaged = knownHosts("web ssh-ed25519 !!!not-base64\n|1|x|y ssh-ed25519\nhalf\n"
                + line("|1|bad|entry", web), "Host\n");
        Destination to = damaged.of(web.publicKey().wireBlob());
        assertTrue(to.known());
        assertEquals(Optional.empty(), to.name());
    }

    @Test
    void asOpenSshReadsThem_unknownMarkersNameNothingAndAStrayByteHidesNoRevocation() throws Exception {
        Path file = dir.resolve("known_hosts");
        Files.write(file, ("# caf\u00e9 in Latin-1: \u00e9\n@revoked " + line("web.example.com", web).strip() + "\n"
                + line("web.example.com", web) + "@unknown-marker " + line("db.example.com", db))
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        KnownHosts hosts = new KnownHosts(List.of(file), dir.resolve("absent"));

        assertFalse(hosts.of(web.publicKey().wireBlob()).known(), "the @revoked line was read despite the byte");
        assertFalse(hosts.of(db.publicKey().wireBlob()).known(), "OpenSSH ignores a line with an unknown marker");
    }

    @Test
    void aHostKeyAliasNamesAHashedEntry() throws Exception {
        knownHosts(line("i-bp1demoweb01", web), "");
        hashWithSshKeygen();
        KnownHosts hosts = new KnownHosts(List.of(dir.resolve("known_hosts")), Files.writeString(
                dir.resolve("config"), "Host web-01\n  HostName 121.40.10.11\n  HostKeyAlias i-bp1demoweb01\n"));

        assertEquals(Optional.of("i-bp1demoweb01"), hosts.of(web.publicKey().wireBlob()).name());
    }
}
