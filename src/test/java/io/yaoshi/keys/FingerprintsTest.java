package io.yaoshi.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A fingerprint as ssh-keygen prints it. */
class FingerprintsTest {

    private static final Fixtures FIXTURES = new Fixtures(FingerprintsTest.class);

    private SshPublicKey specKey() throws KeyFormatException {
        return new KeyParser().parse(FIXTURES.bytes("spec-rsa2048.pub"), PassphrasePrompt.NONE).publicKey();
    }

    @Test
    void sha256IsPrefixedUnpaddedBase64AsSshKeygenPrintsIt() throws Exception {
        assertEquals("SHA256:mjEp5s0SihFwgSY9UoZuycrDp2wxkq5WHmgP+4bVhWs", Fingerprints.sha256(specKey()));
    }

    @Test
    void md5IsColonHexWithoutItsPrefix() throws Exception {
        assertEquals("5d:02:74:93:e3:7b:56:1f:09:79:a9:fe:75:46:99:6c", Fingerprints.md5(specKey()));
    }
}
