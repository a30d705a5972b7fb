package io.yaoshi.keys;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** Writes the SSH wire encoding (RFC 4251 §5); the counterpart of {@link SshWireReader}. */
public final class SshWireWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public SshWireWriter byteValue(int value) {
        out.write(value);
        return this;
    }

    public SshWireWriter uint32(int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
        return this;
    }

    public SshWireWriter raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    public SshWireWriter string(byte[] bytes) {
        return uint32(bytes.length).raw(bytes);
    }

    public SshWireWriter utf8(String text) {
        return string(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A non-negative mpint: two's complement, big-endian, minimal, so a set top bit gets a leading zero byte. */
    public SshWireWriter mpint(BigInteger value) {
        return string(value.signum() == 0 ? new byte[0] : value.toByteArray());
    }

    public int size() {
        return out.size();
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
