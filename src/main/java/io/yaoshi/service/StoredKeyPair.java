package io.yaoshi.service;

import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.Tag;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The stored form of a key pair's metadata inside its vault item (version 2): the byte {@link #FORMAT}, then tagged
 * fields, each {@code field number (1 byte) ‖ length (unsigned LEB128) ‖ value}; strings are UTF-8 and enums are
 * stored by their ids, so the form is independent of the domain classes. A field number this version does not know
 * (written by a newer one) is skipped by its length. Unlocking 100,000 key pairs reads this
 * with a few hundred bytecodes instead of a JSON parser, which in a cold JVM is most of the difference.
 */
final class StoredKeyPair {

    /** The first byte: version 1 was a JSON object and so began with '{'. */
    static final byte FORMAT = 2;

    private static final int PROVIDER = 1;
    private static final int REGION = 2;
    private static final int ZONE = 3;
    private static final int PROJECT_ID = 4;
    private static final int RESOURCE_GROUP_ID = 5;
    private static final int NAME = 6;
    private static final int ALGORITHM = 7;
    /** One per tag, in order: key length (LEB128) ‖ key ‖ value. */
    private static final int TAG = 8;
    private static final int MD5 = 9;
    private static final int SHA256 = 10;
    private static final int PROVIDER_FINGERPRINT = 11;
    private static final int PROVIDER_KEY_ID = 12;
    /** Eight bytes, big-endian. */
    private static final int CREATED_AT_MILLIS = 13;
    private static final int ORIGIN = 14;
    private static final int REMOTE_STATE = 15;
    private static final int PUBLIC_KEY = 16;
    /** One byte, 1 when the vault holds the private key; the field is left out otherwise. */
    private static final int HAS_PRIVATE_KEY = 17;

    private StoredKeyPair() {
    }

    static byte[] write(KeyPairRecord r) {
        Placement p = r.placement();
        Writer w = new Writer();
        w.string(PROVIDER, p.provider().id());
        w.string(REGION, p.region());
        w.string(ZONE, p.zone());
        w.string(PROJECT_ID, p.projectId());
        w.string(RESOURCE_GROUP_ID, p.resourceGroupId());
        w.string(NAME, r.name());
        w.string(ALGORITHM, r.algorithm().id());
        for (Tag t : r.tags()) {
            byte[] key = utf8(t.key());
            byte[] value = utf8(t.value());
            w.header(TAG, Writer.unsignedLength(key.length) + key.length + value.length);
            w.unsigned(key.length);
            w.bytes(key);
            w.bytes(value);
        }
        w.string(MD5, r.fingerprints().md5());
        w.string(SHA256, r.fingerprints().sha256());
        w.string(PROVIDER_FINGERPRINT, r.fingerprints().provider());
        w.string(PROVIDER_KEY_ID, r.providerKeyId());
        w.header(CREATED_AT_MILLIS, Long.BYTES);
        w.bytes(ByteBuffer.allocate(Long.BYTES).putLong(r.createdAt().toEpochMilli()).array());
        w.string(ORIGIN, r.origin().id());
        w.string(REMOTE_STATE, r.remoteState().id());
        w.string(PUBLIC_KEY, r.publicKey());
        if (r.hasPrivateKey()) {
            w.header(HAS_PRIVATE_KEY, 1);
            w.put(1);
        }
        return w.toByteArray();
    }

    /** Whether {@code meta} starts as this form does. */
    static boolean startsAt(ByteBuffer meta) {
        return meta.hasRemaining() && meta.get(meta.position()) == FORMAT;
    }

    /** Reads what {@link #write} wrote (a version with more fields too); damage is an {@link IOException}. */
    static KeyPairRecord read(KeyId id, ByteBuffer meta) throws IOException {
        Reader in = new Reader(meta);
        if (in.next() != FORMAT) {
            throw new IOException("key pair metadata is not in the stored form");
        }
        KeyPairFields f = new KeyPairFields();
        Tag[] tags = new Tag[4];
        int tagCount = 0;
        while (in.hasMore()) {
            int field = in.next() & 0xFF;
            int length = in.length();
            switch (field) {
                case PROVIDER -> f.provider = in.string(length);
                case REGION -> f.region = in.string(length);
                case ZONE -> f.zone = in.string(length);
                case PROJECT_ID -> f.projectId = in.string(length);
                case RESOURCE_GROUP_ID -> f.resourceGroupId = in.string(length);
                case NAME -> f.name = in.string(length);
                case ALGORITHM -> f.algorithm = in.string(length);
                case TAG -> {
                    if (tagCount == tags.length) {
                        tags = Arrays.copyOf(tags, tagCount * 2);
                    }
                    tags[tagCount++] = in.tag(length);
                }
                case MD5 -> f.md5 = in.string(length);
                case SHA256 -> f.sha256 = in.string(length);
                case PROVIDER_FINGERPRINT -> f.providerFingerprint = in.string(length);
                case PROVIDER_KEY_ID -> f.providerKeyId = in.string(length);
                case CREATED_AT_MILLIS -> f.createdAtMillis = in.longValue(length);
                case ORIGIN -> f.origin = in.string(length);
                case REMOTE_STATE -> f.remoteState = in.string(length);
                case PUBLIC_KEY -> f.publicKey = in.string(length);
                case HAS_PRIVATE_KEY -> f.hasPrivateKey = in.flag(length);
                default -> in.skip(length);
            }
        }
        f.tags = List.of(Arrays.copyOf(tags, tagCount));
        return f.toRecord(id);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Appends fields to a growing array that starts with {@link #FORMAT}. */
    private static final class Writer {
        private byte[] out = new byte[512];
        private int size;

        Writer() {
            put(FORMAT);
        }

        void string(int field, String value) {
            byte[] bytes = utf8(value);
            header(field, bytes.length);
            bytes(bytes);
        }

        void header(int field, int length) {
            put(field);
            unsigned(length);
        }

        void unsigned(int value) {
            int rest = value;
            while ((rest & ~0x7F) != 0) {
                put((rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            put(rest);
        }

        static int unsignedLength(int value) {
            return value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5;
        }

        void put(int b) {
            room(1);
            out[size++] = (byte) b;
        }

        void bytes(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, out, size, bytes.length);
            size += bytes.length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(out, size);
        }

        private void room(int bytes) {
            if (size + bytes > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, size + bytes));
            }
        }
    }

    /** Reads fields from an array, each read checked against the end, so damage is an exception, not a guess. */
    private static final class Reader {
        private final byte[] in;
        private int position;
        private final int end;

        Reader(ByteBuffer meta) {
            if (meta.hasArray()) {
                in = meta.array();
                position = meta.arrayOffset() + meta.position();
            } else {
                in = new byte[meta.remaining()]; // a read-only view: the metadata holds no secret, so a copy is fine
                meta.duplicate().get(in);
                position = 0;
            }
            end = position + meta.remaining();
        }

        boolean hasMore() {
            return position < end;
        }

        byte next() throws IOException {
            need(1);
            return in[position++];
        }

        /** An unsigned LEB128 length that fits what is left. */
        int length() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                byte b = next();
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    if (value < 0 || value > end - position) {
                        throw new IOException("a key pair metadata field runs past its end");
                    }
                    return value;
                }
            }
            throw new IOException("a key pair metadata length is too long");
        }

        String string(int length) {
            if (length == 0) {
                return ""; // one shared empty string, not one per field of 100,000 records
            }
            String s = new String(in, position, length, StandardCharsets.UTF_8);
            position += length;
            return s;
        }

        Tag tag(int length) throws IOException {
            int fieldEnd = position + length;
            int keyLength = length();
            if (keyLength > fieldEnd - position) {
                throw new IOException("a key pair tag's key runs past its field");
            }
            String key = string(keyLength);
            return new Tag(key, string(fieldEnd - position));
        }

        long longValue(int length) throws IOException {
            if (length != Long.BYTES) {
                throw new IOException("a key pair metadata number has " + length + " bytes");
            }
            long value = ByteBuffer.wrap(in, position, length).getLong();
            position += length;
            return value;
        }

        boolean flag(int length) throws IOException {
            if (length != 1) {
                throw new IOException("a key pair metadata flag has " + length + " bytes");
            }
            return in[position++] != 0;
        }

        void skip(int length) {
            position += length;
        }

        private void need(int bytes) throws IOException {
            if (end - position < bytes) {
                throw new IOException("key pair metadata ends early");
            }
        }
    }
}
