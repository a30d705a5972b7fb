package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyFingerprints;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Origin;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.domain.Tag;
import io.yaoshi.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The stored form of a key pair: round trip, the JSON of version 1 still read, forward compatibility, and damage
 * that is reported, not guessed.
 */
class KeyPairPayloadTest {

    private final KeyPairRecord key = Fixtures.record("密钥-1", Placement.ucloud("cn-bj2", "cn-bj2-05", "org-1"),
            List.of(new Tag("env", ""), new Tag("团队", "运维")));

    @Test
    void metadataAndPrivateKeyComeBackApart() throws Exception {
        byte[] payload = KeyPairPayload.encode(key, "-----BEGIN PRIVATE KEY-----\n".toCharArray());
        assertEquals(key, KeyPairPayload.decode(key.id(), ByteBuffer.wrap(payload)));
        assertEquals(KeyPairPayload.decode(key.id(), ByteBuffer.wrap(payload)),
                KeyPairPayload.decode(key.id(), ByteBuffer.wrap(payload).asReadOnlyBuffer()));
        assertEquals("-----BEGIN PRIVATE KEY-----\n",
                new String(KeyPairPayload.privateKey(payload).orElseThrow()));
        assertEquals(Optional.empty(), KeyPairPayload.privateKey(KeyPairPayload.encode(key, null)));
    }

    @Test
    void everyFieldComesBackIncludingEmptyOnesAndManyTags() throws Exception {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tags.add(new Tag("k" + i, i % 3 == 0 ? "" : "值".repeat(i)));
        }
        KeyPairRecord full = new KeyPairRecord(KeyId.random(), new Placement(ProviderId.ALIYUN, "cn-hangzhou",
                "cn-hangzhou-h", "", "rg-acfm"), "", KeyAlgorithm.RSA_4096, tags,
                new KeyFingerprints("aa:bb", "SHA256:x", "cloud-fp"), "skey-1", Instant.ofEpochMilli(-1234),
                Origin.IMPORTED, RemoteState.MISSING, "", false);
        byte[] payload = KeyPairPayload.encode(full, null);
        assertEquals(full, KeyPairPayload.decode(full.id(), ByteBuffer.wrap(payload)));
    }

    @Test
    void versionOneJsonFromAnEarlierReleaseIsStillRead() throws Exception {
        String json = "{\"version\":1,\"provider\":\"ucloud\",\"region\":\"cn-bj2\",\"zone\":\"cn-bj2-05\","
                + "\"projectId\":\"org-1\",\"resourceGroupId\":\"\",\"name\":\"密钥-1\",\"algorithm\":\"ed25519\","
                + "\"tags\":[{\"key\":\"env\",\"value\":\"\"},{\"key\":\"团队\",\"value\":\"运维\"}],"
                + "\"md5\":\"5d:02:74:93:e3:7b:56:1f:09:79:a9:fe:75:46:99:6c\","
                + "\"sha256\":\"SHA256:mjEp5s0SihFwgSY9UoZuycrDp2wxkq5WHmgP+4bVhWs\",\"providerFingerprint\":\"\","
                + "\"providerKeyId\":\"\",\"createdAtMillis\":1795422600000,\"origin\":\"generated\","
                + "\"remoteState\":\"present\",\"future\":{\"nested\":[1,2]},"
                + "\"publicKey\":\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGl6cG9xQmV0aGVy 密钥-1\","
                + "\"hasPrivateKey\":true}";
        byte[] payload = ItemFrame.frame(json.getBytes(StandardCharsets.UTF_8), "PEM".toCharArray());
        assertEquals(key, KeyPairPayload.decode(key.id(), ByteBuffer.wrap(payload)));
        assertEquals("PEM", new String(KeyPairPayload.privateKey(payload).orElseThrow()));
    }

    @Test
    void fieldsFromANewerVersionAreSkipped() throws Exception {
        byte[] meta = meta(KeyPairPayload.encode(key, null));
        ByteArrayOutputStream newer = new ByteArrayOutputStream();
        newer.write(meta, 0, 1);
        newer.write(new byte[] {99, 3, 'a', 'b', 'c'}); // an unknown field before the known ones
        newer.write(meta, 1, meta.length - 1);
        newer.write(new byte[] {(byte) 200, (byte) 0x81, 0x01}); // and one of 129 bytes after them
        newer.write(new byte[129]);
        byte[] payload = ItemFrame.frame(newer.toByteArray(), null);
        assertEquals(key, KeyPairPayload.decode(key.id(), ByteBuffer.wrap(payload)));
    }

    @Test
    void damagedItemsAreRefusedWithAnError() {
        assertRefused(new byte[] {0, 0, 0, 99, StoredKeyPair.FORMAT}); // length past the end of the item
        assertRefused(ItemFrame.frame("not json".getBytes(StandardCharsets.UTF_8), null));
        assertRefused(ItemFrame.frame("{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8), null));
        assertRefused(ItemFrame.frame(new byte[] {StoredKeyPair.FORMAT, 6, 1, 'x'}, null)); // a name alone
        byte[] meta = meta(KeyPairPayload.encode(key, null));
        for (int cut = 1; cut < meta.length; cut++) { // every truncation either fails or loses a field visibly
            byte[] truncated = ItemFrame.frame(Arrays.copyOf(meta, cut), null);
            try {
                assertNotEqualRecord(KeyPairPayload.decode(key.id(), ByteBuffer.wrap(truncated)));
            } catch (IOException expected) {
                // refused: the usual outcome
            }
        }
        assertRefused(ItemFrame.frame(new byte[] {StoredKeyPair.FORMAT, 6, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            (byte) 0xFF, (byte) 0xFF, 0x0F}, null)); // a length that does not end
        assertRefused(ItemFrame.frame(new byte[] {StoredKeyPair.FORMAT, 8, 2, 5, 'k'}, null)); // tag key past field
        assertRefused(ItemFrame.frame(new byte[] {StoredKeyPair.FORMAT, 13, 2, 0, 0}, null)); // a short number
        assertRefused(ItemFrame.frame(new byte[] {7, 1, 2}, null)); // an unknown form
    }

    private void assertNotEqualRecord(KeyPairRecord decoded) {
        if (decoded.equals(key)) {
            throw new AssertionError("a truncated item read as the whole one");
        }
    }

    private static void assertRefused(byte[] payload) {
        assertThrows(IOException.class, () -> KeyPairPayload.decode(KeyId.random(), ByteBuffer.wrap(payload)));
    }

    private static byte[] meta(byte[] payload) {
        try {
            ByteBuffer meta = ItemFrame.meta(ByteBuffer.wrap(payload));
            byte[] bytes = new byte[meta.remaining()];
            meta.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
