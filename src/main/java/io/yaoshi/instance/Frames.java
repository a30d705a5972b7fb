package io.yaoshi.instance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;

/** The hand-over's wire format: {@code byte type, uint32 length, payload}, each frame written whole. */
final class Frames {

    // from the launching process
    static final byte HELLO = 1;
    static final byte PROMPT_REPLY = 2;
    static final byte LINE_REPLY = 3;
    // from the running instance
    static final byte OUT = 10;
    static final byte ERR = 11;
    static final byte PROMPT = 12;
    static final byte READ_LINE = 13;
    static final byte EXIT = 14;
    static final byte SHOWN = 15;
    static final byte DECLINED = 16;

    /** Larger than any command line or output chunk; a frame beyond it ends the connection. */
    static final int MAX_PAYLOAD = 1 << 20;

    private Frames() {
    }

    /** One frame as read. */
    record Frame(byte type, byte[] payload) {
    }

    static void write(DataOutputStream out, byte type, byte[] payload) throws IOException {
        synchronized (out) {
            out.writeByte(type);
            out.writeInt(payload.length);
            out.write(payload);
            out.flush();
        }
    }

    /** The next frame; EOFException when the other side has gone. */
    static Frame read(DataInputStream in) throws IOException {
        byte type = in.readByte();
        int length = in.readInt();
        if (length < 0 || length > MAX_PAYLOAD) {
            throw new IOException("a frame of " + Integer.toUnsignedString(length) + " bytes");
        }
        byte[] payload = in.readNBytes(length);
        if (payload.length != length) {
            throw new EOFException("a frame cut short");
        }
        return new Frame(type, payload);
    }

    /** A reply that may hold a secret: {@code byte present, bytes}; the caller wipes what it gets. */
    static byte[] optional(byte[] value) {
        byte[] framed = new byte[value == null ? 1 : value.length + 1];
        if (value != null) {
            framed[0] = 1;
            System.arraycopy(value, 0, framed, 1, value.length);
        }
        return framed;
    }

    /** The value of {@link #optional}, or null when absent; the frame's payload is wiped. */
    static byte[] optionalValue(byte[] payload) {
        try {
            return payload.length == 0 || payload[0] == 0 ? null : Arrays.copyOfRange(payload, 1, payload.length);
        } finally {
            Arrays.fill(payload, (byte) 0);
        }
    }
}
