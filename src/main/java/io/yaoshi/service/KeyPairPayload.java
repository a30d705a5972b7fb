package io.yaoshi.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The plaintext of a key pair's vault item: {@code {"meta": {...}, "privateKey": "-----BEGIN PRIVATE KEY-----…"}}.
 * Listing reads only {@code meta}; the private key is streamed out as a {@code char[]} only when it is exported, so
 * it never becomes an immutable {@link String}.
 */
final class KeyPairPayload {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    /** Only the metadata; Jackson skips the private key field without keeping it. */
    private record Envelope(StoredKeyPair meta) {
    }

    private KeyPairPayload() {
    }

    static byte[] encode(KeyPairRecord record, char[] privateKeyPem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setCodec(JSON);
            g.writeStartObject();
            g.writeObjectField("meta", StoredKeyPair.from(record));
            if (privateKeyPem != null) {
                g.writeFieldName("privateKey");
                g.writeString(privateKeyPem, 0, privateKeyPem.length);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static KeyPairRecord decode(KeyId id, byte[] payload) throws IOException {
        return JSON.readerFor(Envelope.class).without(com.fasterxml.jackson.databind.DeserializationFeature
                .FAIL_ON_UNKNOWN_PROPERTIES).<Envelope>readValue(payload).meta().toRecord(id);
    }

    /** The private key PEM as characters the caller must wipe, or empty for a public-only entry. */
    static Optional<char[]> privateKey(byte[] payload) throws IOException {
        try (JsonParser p = FACTORY.createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a key pair item is a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("privateKey") && value == JsonToken.VALUE_STRING) {
                    return Optional.of(Arrays.copyOfRange(p.getTextCharacters(), p.getTextOffset(),
                            p.getTextOffset() + p.getTextLength()));
                }
                p.skipChildren();
            }
            return Optional.empty();
        }
    }
}
