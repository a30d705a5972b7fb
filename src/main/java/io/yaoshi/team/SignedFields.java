package io.yaoshi.team;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The bytes a team row's signature covers: a context naming the row's kind, then each field length-prefixed, so no
 * two different rows can produce the same message. Also the associated data of the team's ciphertexts.
 */
final class SignedFields {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);

    private SignedFields(String context) {
        text(context);
    }

    static SignedFields of(String context) {
        return new SignedFields(context);
    }

    SignedFields text(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    SignedFields uuid(UUID value) {
        return bytes(ByteBuffer.allocate(16).putLong(value.getMostSignificantBits())
                .putLong(value.getLeastSignificantBits()).array());
    }

    SignedFields number(long value) {
        return bytes(ByteBuffer.allocate(8).putLong(value).array());
    }

    SignedFields identity(TeamIdentity member) {
        return text(member.text());
    }

    /** A long value (a ciphertext, a wrapped key) by its SHA-256. */
    SignedFields digest(byte[] value) {
        try {
            return bytes(MessageDigest.getInstance("SHA-256").digest(value));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    SignedFields bytes(byte[] value) {
        bytes.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
        bytes.writeBytes(value);
        return this;
    }

    byte[] toBytes() {
        return bytes.toByteArray();
    }
}
