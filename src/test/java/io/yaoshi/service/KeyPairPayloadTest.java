package io.yaoshi.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.Tag;
import io.yaoshi.testing.Fixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stored form of a key pair: round trip, forward compatibility, and damage that is reported, not guessed. */
class KeyPairPayloadTest {

    private final KeyPairRecord key = Fixtures.record("密钥-1", Placement.ucloud("cn-bj2", "cn-bj2-05", "org-1"),
            List.of(new Tag("env", ""), new Tag("团队", "运维")));

    @Test
    void metadataAndPrivateKeyComeBackApart() throws Exception {
        byte[] payload = KeyPairPayload.encode(key, "-----BEGIN PRIVATE KEY-----\n".toCharArray());
        assertEquals(key, KeyPairPayload.decode(key.id(), ByteBuffer.wrap(payload)));
        assertEquals("-----BEGIN PRIVATE KEY-----\n",
                new String(KeyPairPayload.privateKey(payload).orElseThrow()));
        assertEquals(Optional.empty(), KeyPairPayload.privateKey(KeyPairPayload.encode(key, null)));
    }

    @Test
    void fieldsFromANewerVersionAreSkipped() throws Exception {
        String meta = new String(ItemFrameAccess.meta(KeyPairPayload.encode(key, null)), StandardCharsets.UTF_8);
        String newer = meta.replaceFirst("\\{", "{\"future\":{\"nested\":[1,2]},\"alsoNew\":\"x\",");
        byte[] payload = ItemFrame.frame(newer.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(key, KeyPairPayload.decode(key.id(), ByteBuffer.wrap(payload)));
    }

    @Test
    void damagedItemsAreRefusedWithAnError() {
        byte[] truncated = {0, 0, 0, 99, '{'};
        assertThrows(IOException.class, () -> KeyPairPayload.decode(KeyId.random(), ByteBuffer.wrap(truncated)));
        byte[] notJson = ItemFrame.frame("not json".getBytes(StandardCharsets.UTF_8), null);
        assertThrows(IOException.class, () -> KeyPairPayload.decode(KeyId.random(), ByteBuffer.wrap(notJson)));
        byte[] missingFields = ItemFrame.frame("{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8), null);
        assertThrows(IOException.class, () -> KeyPairPayload.decode(KeyId.random(), ByteBuffer.wrap(missingFields)));
    }

    /** Reads the metadata bytes of a framed payload. */
    private static final class ItemFrameAccess {
        static byte[] meta(byte[] payload) throws IOException {
            ByteBuffer meta = ItemFrame.meta(ByteBuffer.wrap(payload));
            byte[] bytes = new byte[meta.remaining()];
            meta.get(bytes);
            return bytes;
        }
    }
}
