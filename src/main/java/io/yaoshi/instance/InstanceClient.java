package io.yaoshi.instance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.Optional;
import jdk.net.ExtendedSocketOptions;

/** A second launch's end of the hand-over: finds the running instance, if any, and hands it the window or a command. */
public final class InstanceClient implements AutoCloseable {


    private final SocketChannel channel;
    private final DataInputStream in;
    private final DataOutputStream out;

    private InstanceClient(SocketChannel channel) {
        this.channel = channel;
        this.in = new DataInputStream(SocketStreams.input(channel));
        this.out = new DataOutputStream(SocketStreams.output(channel));
    }

    /**
     * The running instance at {@code socket}; empty when none answers (no socket, or one left by a crash), and when
     * the process answering there is not this user's: secrets are never handed to another user's socket.
     */
    public static Optional<InstanceClient> connect(Path socket) {
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                UserPrincipal me = socket.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(System.getProperty("user.name"));
                if (!me.equals(channel.getOption(ExtendedSocketOptions.SO_PEERCRED).user())) {
                    channel.close();
                    return Optional.empty();
                }
                return Optional.of(new InstanceClient(channel));
            } catch (IOException | UnsupportedOperationException e) {
                channel.close();
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** How the instance answered "show your window". */
    public enum Shown { SHOWN, NO_WINDOW, DECLINED }

    public Shown show(HandOver request) throws IOException {
        hello(request);
        Frames.Frame reply = Frames.read(in);
        if (reply.type() == Frames.DECLINED) {
            return Shown.DECLINED;
        }
        return reply.payload().length == 1 && reply.payload()[0] == 1 ? Shown.SHOWN : Shown.NO_WINDOW;
    }

    /**
     * Runs the command in the instance: its output to {@code stdout} and {@code stderr}, its questions answered from
     * {@code input}. The exit code, or empty when the instance declined (another vault): then run it here.
     */
    public Optional<Integer> run(HandOver request, SecretInput input, OutputStream stdout, OutputStream stderr)
            throws IOException {
        hello(request);
        while (true) {
            Frames.Frame frame = Frames.read(in);
            switch (frame.type()) {
                case Frames.OUT -> {
                    stdout.write(frame.payload());
                    stdout.flush();
                }
                case Frames.ERR -> {
                    stderr.write(frame.payload());
                    stderr.flush();
                }
                case Frames.PROMPT -> answer(Frames.PROMPT_REPLY, input.hasTerminal()
                        ? input.prompt(new String(frame.payload(), StandardCharsets.UTF_8)) : Optional.empty());
                case Frames.READ_LINE -> answer(Frames.LINE_REPLY, input.readLine());
                case Frames.EXIT -> {
                    return Optional.of(ByteBuffer.wrap(frame.payload()).getInt());
                }
                case Frames.DECLINED -> {
                    return Optional.empty();
                }
                default -> throw new IOException("an unknown frame " + frame.type());
            }
        }
    }

    private void hello(HandOver request) throws IOException {
        byte[] hello = request.encode();
        try {
            Frames.write(out, Frames.HELLO, hello);
        } finally {
            Arrays.fill(hello, (byte) 0); // it may carry secret variables
        }
    }

    /** Sends what was typed, as UTF-8, and wipes every copy here. */
    private void answer(byte type, Optional<char[]> secret) throws IOException {
        byte[] utf8 = null;
        byte[] framed = null;
        try {
            if (secret.isPresent()) {
                ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret.get()));
                utf8 = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
                Arrays.fill(encoded.array(), (byte) 0);
            }
            framed = Frames.optional(utf8);
            Frames.write(out, type, framed);
        } finally {
            secret.ifPresent(chars -> Arrays.fill(chars, '\0'));
            if (utf8 != null) {
                Arrays.fill(utf8, (byte) 0);
            }
            if (framed != null) {
                Arrays.fill(framed, (byte) 0);
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
