package io.yaoshi.keys;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** Writes the SSH wire encoding (RFC 4251 §5); the counterpart of {@link SshWireReader}. */
final class SshWireWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    SshWireWriter uint32(int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
        return this;
    }

    SshWireWriter raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    SshWireWriter string(byte[] bytes) {
        return uint32(bytes.length).raw(bytes);
    }

    SshWireWriter utf8(String text) {
        return string(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A non-negative mpint: two's complement, big-endian, minimal, so a set top bit gets a leading zero byte. */
    SshWireWriter mpint(BigInteger value) {
        return string(value.signum() == 0 ? new byte[0] : value.toByteArray());
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
