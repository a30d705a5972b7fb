package io.yaoshi.instance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The launching process's terminal, as a handed-over command sees it: its standard output and error, and the secrets
 * it types at a prompt or pipes in, each asked for over the connection when the command needs it.
 *
 * <p>The command runs on the vault's one thread, which must never wait on a caller that stopped reading or answering:
 * output is queued and sent by the connection's own thread, and an answer that does not come within
 * {@link #ANSWER_TIMEOUT} ends the hand-over (the connection is closed, the command sees an I/O failure).
 */
public final class RemoteTerminal implements SecretInput {

    /** How long a prompt waits for the caller to type (or pipe) an answer. */
    public static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(2);

    private final DataInputStream in;
    private final DataOutputStream out;
    private final Channel connection;
    private final boolean terminal;
    private final BlockingQueue<Frames.Frame> outgoing = new LinkedBlockingQueue<>();

    RemoteTerminal(DataInputStream in, DataOutputStream out, Channel connection, boolean terminal) {
        this.in = in;
        this.out = out;
        this.connection = connection;
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

    /**
     * Sends the queued frames, in order, until the command has ended and the queue is empty, then its exit code; on
     * the connection's thread, while the command runs elsewhere. A command that failed unexpectedly ends the
     * connection without an exit code.
     */
    void sendUntil(CompletableFuture<Integer> exit) throws IOException, InterruptedException {
        while (!exit.isDone() || !outgoing.isEmpty()) {
            Frames.Frame frame = outgoing.poll(50, TimeUnit.MILLISECONDS);
            if (frame != null) {
                Frames.write(out, frame.type(), frame.payload());
            }
        }
        Frames.write(out, Frames.EXIT, ByteBuffer.allocate(4).putInt(exit.join()).array());
    }

    private Optional<char[]> ask(byte question, byte[] payload, byte answer) throws IOException {
        outgoing.add(new Frames.Frame(question, payload));
        Frames.Frame reply = awaitReply();
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

    /** The caller's next frame, or the connection closed after {@link #ANSWER_TIMEOUT} without one. */
    private Frames.Frame awaitReply() throws IOException {
        CompletableFuture<Frames.Frame> reply = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                reply.complete(Frames.read(in));
            } catch (IOException e) {
                reply.completeExceptionally(e);
            }
        }, "yaoshi-hand-over-answer");
        reader.setDaemon(true);
        reader.start();
        try {
            return reply.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            connection.close(); // the reader ends with it
            throw new IOException("no answer from the caller within " + ANSWER_TIMEOUT.toMinutes() + " minutes", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the caller");
        }
    }

    /** Bytes written become frames of one kind, queued for the connection's thread to send. */
    private final class FrameStream extends OutputStream {
        private final byte type;

        FrameStream(byte type) {
            this.type = type;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            for (int start = offset; start < offset + length; start += Frames.MAX_PAYLOAD) {
                outgoing.add(new Frames.Frame(type, Arrays.copyOfRange(bytes, start, Math.min(offset + length,
                        start + Frames.MAX_PAYLOAD))));
            }
        }
    }
}
