package io.yaoshi.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.service.VaultSession;
import io.yaoshi.testing.ByteSearch;
import io.yaoshi.testing.ExternalTool;
import io.yaoshi.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentitiesTest {

    @TempDir
    Path dir;

    private VaultSession vault(String name) throws Exception {
        VaultSession vault = new VaultSession(dir.resolve(name), Fixtures.cheapVault());
        if (vault.exists()) {
            vault.unlock(Fixtures.password());
        } else {
            vault.create(Fixtures.password());
        }
        return vault;
    }

    private IdentityKeys identityIn(String vaultName) throws Exception {
        try (VaultSession vault = vault(vaultName)) {
            return new Identities(vault, new SecureRandom()).mine();
        }
    }

    @Test
    void madeOnFirstUseThenKeptInTheVaultAndNeverInPlaintext() throws Exception {
        List<HistoryEvent> recorded = new ArrayList<>();
        TeamIdentity first;
        byte[] signingPrivate;
        try (VaultSession vault = vault("alice.db")) {
            vault.recordEventsWith(recorded::add);
            IdentityKeys keys = new Identities(vault, new SecureRandom()).mine();
            first = keys.publicIdentity();
            signingPrivate = keys.signingPrivate();
            assertEquals(first, new Identities(vault, new SecureRandom()).mine().publicIdentity(), "made once");
        }
        assertEquals(List.of("team.identity"), recorded.stream().map(e -> e.action().code()).toList());
        try (VaultSession vault = vault("alice.db")) {
            assertEquals(first, new Identities(vault, new SecureRandom()).mine().publicIdentity(), "after a lock");
        }
        assertEquals(List.of(), ByteSearch.findings(List.of(dir.resolve("alice.db")), List.of(
                Base64.getEncoder().encodeToString(signingPrivate), first.text().substring(11, 40))));
    }

    @Test
    void theStringAndFingerprintNameBothPublicKeys() throws Exception {
        TeamIdentity identity = identityIn("alice.db").publicIdentity();
        assertTrue(identity.text().startsWith("yaoshi-id1:"), identity.text());
        assertEquals(identity, TeamIdentity.parse("  " + identity.text() + "\n"));
        byte[] encoded = new byte[65];
        encoded[0] = 1;
        System.arraycopy(identity.agreementKey(), 0, encoded, 1, 32);
        System.arraycopy(identity.signingKey(), 0, encoded, 33, 32);
        assertEquals("SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(encoded)), identity.fingerprint());
        assertEquals(50, identity.fingerprint().length(), "as long as OpenSSH's SHA256 fingerprints");
    }

    @Test
    void aStringThatIsNotAnIdentityIsRefusedWithoutEchoingIt() {
        for (String hostile : List.of("", "ssh-ed25519 AAAA", "yaoshi-id1:***", "yaoshi-id1:AQID",
                "yaoshi-id1:" + Base64.getUrlEncoder().encodeToString(new byte[65]))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TeamIdentity.parse(hostile), hostile);
            assertTrue(List.of("it does not start with yaoshi-id1:", "it is not base64url after yaoshi-id1:",
                    "it is not 65 bytes of format 1").contains(e.getMessage()), e.getMessage());
        }
    }

    @Test
    void twoMembersAgreeOnASecretAndCheckEachOthersSignatures() throws Exception {
        IdentityKeys alice = identityIn("alice.db");
        IdentityKeys bob = identityIn("bob.db");
        TeamIdentity bobAsSent = TeamIdentity.parse(bob.publicIdentity().text());
        TeamIdentity aliceAsSent = TeamIdentity.parse(alice.publicIdentity().text());
        assertArrayEquals(alice.agree(bobAsSent.agreementKey()), bob.agree(aliceAsSent.agreementKey()));

        byte[] message = "team 7 item 3 version 2".getBytes(StandardCharsets.UTF_8);
        byte[] signature = alice.sign(message);
        assertTrue(IdentityKeys.verify(aliceAsSent, message, signature));
        assertFalse(IdentityKeys.verify(bobAsSent, message, signature), "not Bob's");
        message[0] ^= 1;
        assertFalse(IdentityKeys.verify(aliceAsSent, message, signature), "a changed message");
    }

    /** Checked with a tool nobody here wrote: OpenSSL verifies the signature and derives the same secret. */
    @Test
    void opensslVerifiesTheSignatureAndDerivesTheSameSecret() throws Exception {
        IdentityKeys alice = identityIn("alice.db");
        IdentityKeys bob = identityIn("bob.db");
        byte[] message = "sign me".getBytes(StandardCharsets.UTF_8);
        Path msg = java.nio.file.Files.write(dir.resolve("msg"), message);
        Path sig = java.nio.file.Files.write(dir.resolve("sig"), alice.sign(message));
        Path alicePub = pem(dir.resolve("alice-ed.pem"), "PUBLIC KEY", "302a300506032b6570032100",
                alice.publicIdentity().signingKey());
        String verified = ExternalTool.run("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", alicePub.toString(),
                "-rawin", "-in", msg.toString(), "-sigfile", sig.toString());
        assertTrue(verified.contains("Signature Verified Successfully"), verified);

        Path aliceX = pem(dir.resolve("alice-x.pem"), "PRIVATE KEY", "302e020100300506032b656e04220420",
                alice.agreementPrivate());
        Path bobX = pem(dir.resolve("bob-x.pem"), "PUBLIC KEY", "302a300506032b656e032100",
                bob.publicIdentity().agreementKey());
        Path secret = dir.resolve("secret");
        ExternalTool.run("openssl", "pkeyutl", "-derive", "-inkey", aliceX.toString(), "-peerkey", bobX.toString(),
                "-out", secret.toString());
        assertArrayEquals(java.nio.file.Files.readAllBytes(secret), bob.agree(alice.publicIdentity().agreementKey()));
    }

    /** A raw 32-byte key in the DER that OpenSSL reads (RFC 8410), as PEM. */
    private static Path pem(Path file, String label, String derPrefix, byte[] key) throws Exception {
        byte[] prefix = java.util.HexFormat.of().parseHex(derPrefix);
        byte[] der = new byte[prefix.length + key.length];
        System.arraycopy(prefix, 0, der, 0, prefix.length);
        System.arraycopy(key, 0, der, prefix.length, key.length);
        return java.nio.file.Files.writeString(file, "-----BEGIN " + label + "-----\n"
                + Base64.getEncoder().encodeToString(der) + "\n-----END " + label + "-----\n");
    }
}
