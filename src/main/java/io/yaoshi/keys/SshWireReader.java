package io.yaoshi.keys;

import io.yaoshi.domain.KeyFileProblem;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads the SSH wire encoding (RFC 4251 §5) of OpenSSH and PuTTY key files and of the agent protocol. */
public final class SshWireReader {

    private final byte[] data;
    private int position;

    public SshWireReader(byte[] data) {
        this.data = data;
    }

    public int readByte() throws KeyFormatException {
        return readBytes(1)[0] & 0xff;
    }

    public boolean readBoolean() throws KeyFormatException {
        return readByte() != 0;
    }

    public int readUint32() throws KeyFormatException {
        byte[] b = readBytes(4);
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    public byte[] readBytes(int length) throws KeyFormatException {
        if (length < 0 || length > data.length - position) {
            throw new KeyFormatException(KeyFileProblem.TRUNCATED, "SSH field runs past the end of its data");
        }
        byte[] bytes = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return bytes;
    }

    public byte[] readString() throws KeyFormatException {
        return readBytes(readUint32());
    }

    public String readUtf8() throws KeyFormatException {
        return new String(readString(), StandardCharsets.UTF_8);
    }

    public BigInteger readMpint() throws KeyFormatException {
        byte[] magnitude = readString();
        if (magnitude.length > 0 && magnitude[0] < 0) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "negative SSH integer in a key");
        }
        return new BigInteger(1, magnitude);
    }

    public boolean hasRemaining() {
        return position < data.length;
    }

    /** The bytes not yet read. */
    public byte[] remaining() {
        return Arrays.copyOfRange(data, position, data.length);
    }

    public void expectEnd(String what) throws KeyFormatException {
        if (hasRemaining()) {
            throw new KeyFormatException(KeyFileProblem.CORRUPT, "unexpected data after " + what);
        }
    }
}
