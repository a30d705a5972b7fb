package io.yaoshi.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yaoshi.domain.HistoryEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The stored form of entries and of the head: JSON inside the encrypted vault item. An entry's hash is SHA-256 over
 * its stored bytes, so it is the same whoever decodes it, and any change to a byte changes it.
 */
final class HistoryCodec {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] ENTRY_CONTEXT = "yaoshi-history/entry\0".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;

    private HistoryCodec() {
    }

    static byte[] encode(long seq, Instant time, HistoryEvent event, byte[] previous) {
        ObjectNode entry = JSON.createObjectNode().put("v", FORMAT).put("seq", seq).put("time", time.toString())
                .put("action", event.action().code());
        event.keyId().ifPresent(id -> entry.put("key", id));
        event.keyName().ifPresent(name -> entry.put("name", name));
        ObjectNode detail = entry.putObject("detail");
        event.detail().forEach(detail::put);
        entry.put("prev", Base64.getEncoder().encodeToString(previous));
        return write(entry);
    }

    /** @throws IOException for bytes that are not an entry (they authenticated, so a newer version wrote them) */
    static HistoryEntry decodeEntry(UUID itemId, byte[] payload) throws IOException {
        JsonNode entry = JSON.readTree(payload);
        if (entry == null || !entry.path("seq").canConvertToLong() || !entry.path("prev").isTextual()) {
            throw new IOException("not a history entry");
        }
        Map<String, String> detail = new LinkedHashMap<>();
        entry.path("detail").properties().forEach(field -> detail.put(field.getKey(), field.getValue().asText()));
        try {
            return new HistoryEntry(itemId, entry.get("seq").asLong(), Instant.parse(entry.path("time").asText()),
                    entry.path("action").asText(), text(entry, "key"), text(entry, "name"), detail,
                    Base64.getDecoder().decode(entry.get("prev").asText()), hash(payload));
        } catch (RuntimeException e) {
            throw new IOException("a malformed history entry", e);
        }
    }

    static byte[] encode(HistoryHead head) {
        Base64.Encoder base64 = Base64.getEncoder();
        return write(JSON.createObjectNode().put("v", FORMAT).put("first", head.firstSeq())
                .put("firstPrev", base64.encodeToString(head.firstPrevious())).put("last", head.lastSeq())
                .put("lastHash", base64.encodeToString(head.lastHash())));
    }

    static HistoryHead decodeHead(byte[] payload) throws IOException {
        JsonNode head = JSON.readTree(payload);
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            return new HistoryHead(head.get("first").asLong(), base64.decode(head.get("firstPrev").asText()),
                    head.get("last").asLong(), base64.decode(head.get("lastHash").asText()));
        } catch (RuntimeException e) {
            throw new IOException("a malformed history head", e);
        }
    }

    static byte[] hash(byte[] storedEntry) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(ENTRY_CONTEXT);
            return sha256.digest(storedEntry);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e); // every Java runtime has it
        }
    }

    private static Optional<String> text(JsonNode entry, String field) {
        return entry.path(field).isTextual() ? Optional.of(entry.get(field).asText()) : Optional.empty();
    }

    private static byte[] write(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
