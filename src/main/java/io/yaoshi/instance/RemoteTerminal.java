package io.yaoshi.instance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The launching process's terminal, as a handed-over command sees it: its standard output and error, and the secrets
 * it types at a prompt or pipes in, each asked for over the connection when the command needs it.
 */
public final class RemoteTerminal implements SecretInput {

    private final DataInputStream in;
    private final DataOutputStream out;
    private final boolean terminal;

    RemoteTerminal(DataInputStream in, DataOutputStream out, boolean terminal) {
        this.in = in;
        this.out = out;
        this.terminal = terminal;
    }

    /** The caller's standard output. */
    public OutputStream out() {
        return new FrameStream(Frames.OUT);
    }

    /** The caller's standard error. */
    public OutputStream err() {
        return new FrameStream(Frames.ERR);
    }

    @Override
    public boolean hasTerminal() {
        return terminal;
    }

    @Override
    public Optional<char[]> prompt(String prompt) throws IOException {
        return ask(Frames.PROMPT, prompt.getBytes(StandardCharsets.UTF_8), Frames.PROMPT_REPLY);
    }

    @Override
    public Optional<char[]> readLine() throws IOException {
        return ask(Frames.READ_LINE, new byte[0], Frames.LINE_REPLY);
    }

    private Optional<char[]> ask(byte question, byte[] payload, byte answer) throws IOException {
        Frames.write(out, question, payload);
        Frames.Frame reply = Frames.read(in);
        if (reply.type() != answer) {
            throw new IOException("the caller answered " + reply.type() + " to " + question);
        }
        byte[] value = Frames.optionalValue(reply.payload());
        if (value == null) {
            return Optional.empty();
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value));
            char[] secret = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return Optional.of(secret);
        } finally {
            Arrays.fill(value, (byte) 0);
        }
    }

    /** Bytes written become frames of one kind, sent as they are flushed (and at least per write). */
    private final class FrameStream extends OutputStream {
        private final byte type;

        FrameStream(byte type) {
            this.type = type;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            for (int start = offset; start < offset + length; start += Frames.MAX_PAYLOAD) {
                Frames.write(out, type, Arrays.copyOfRange(bytes, start, Math.min(offset + length,
                        start + Frames.MAX_PAYLOAD)));
            }
        }
    }
}
