package io.yaoshi.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.ByteBufferBackedInputStream;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Tag;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Version 1 of a key pair's stored metadata, read where an older release wrote it: a flat JSON object of strings and
 * numbers, read with Jackson's streaming API. Items are rewritten in {@link StoredKeyPair}'s form when next saved.
 */
final class JsonKeyPair {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonKeyPair() {
    }

    /** Whether {@code meta} starts as this version does (a JSON object), not with {@link StoredKeyPair#FORMAT}. */
    static boolean startsAt(ByteBuffer meta) {
        return meta.hasRemaining() && meta.get(meta.position()) == '{';
    }

    static KeyPairRecord read(KeyId id, ByteBuffer meta) throws IOException {
        try (JsonParser p = JSON.createParser(new ByteBufferBackedInputStream(meta))) {
            return read(id, p);
        }
    }

    /** Reads a version 1 item; fields it does not know are skipped. */
    private static KeyPairRecord read(KeyId id, JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("key pair metadata is a JSON object");
        }
        KeyPairFields f = new KeyPairFields();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "provider" -> f.provider = p.getText();
                case "region" -> f.region = p.getText();
                case "zone" -> f.zone = p.getText();
                case "projectId" -> f.projectId = p.getText();
                case "resourceGroupId" -> f.resourceGroupId = p.getText();
                case "name" -> f.name = p.getText();
                case "algorithm" -> f.algorithm = p.getText();
                case "tags" -> f.tags = tags(p);
                case "md5" -> f.md5 = p.getText();
                case "sha256" -> f.sha256 = p.getText();
                case "providerFingerprint" -> f.providerFingerprint = p.getText();
                case "providerKeyId" -> f.providerKeyId = p.getText();
                case "createdAtMillis" -> f.createdAtMillis = p.getLongValue();
                case "origin" -> f.origin = p.getText();
                case "remoteState" -> f.remoteState = p.getText();
                case "publicKey" -> f.publicKey = p.getText();
                case "hasPrivateKey" -> f.hasPrivateKey = p.getBooleanValue();
                default -> p.skipChildren();
            }
        }
        return f.toRecord(id);
    }

    private static List<Tag> tags(JsonParser p) throws IOException {
        List<Tag> tags = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String key = "";
            String value = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("key")) {
                    key = p.getText();
                } else if (field.equals("value")) {
                    value = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            tags.add(new Tag(key, value));
        }
        return tags;
    }
}
