package io.yaoshi.agent;

import io.yaoshi.keys.SshWireWriter;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A client of another SSH agent (OpenSSH's {@code ssh-agent}, gnome-keyring, …) at a socket such as
 * {@code $SSH_AUTH_SOCK}: adds and removes keys, one request per call, each on its own connection.
 */
public final class ForeignAgent {

    private static final byte REMOVE_IDENTITY = 18;

    private final Path socket;

    public ForeignAgent(Path socket) {
        this.socket = socket;
    }

    public Path socket() {
        return socket;
    }

    /**
     * Sends an add message (from {@code AgentAddMessage}) and wipes it; true when the agent accepted it, false when
     * it refused (an agent that does not honour constraints refuses the whole message).
     *
     * @throws IOException when no agent answers at the socket
     */
    public boolean add(byte[] message) throws IOException {
        try {
            return succeeded(message);
        } finally {
            Arrays.fill(message, (byte) 0);
        }
    }

    /** Removes the key with this public blob; false when the agent did not hold it. */
    public boolean remove(byte[] publicKeyBlob) throws IOException {
        return succeeded(new SshWireWriter().byteValue(REMOVE_IDENTITY).string(publicKeyBlob).toByteArray());
    }

    private boolean succeeded(byte[] message) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            OutputStream out = Channels.newOutputStream(channel);
            ByteBuffer framed = ByteBuffer.allocate(4 + message.length).putInt(message.length).put(message);
            try {
                out.write(framed.array());
                out.flush();
            } finally {
                Arrays.fill(framed.array(), (byte) 0);
            }
            DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
            int length = in.readInt();
            if (length <= 0 || length > AgentMessages.MAX_MESSAGE) {
                throw new IOException("the agent answered with " + length + " bytes");
            }
            byte[] reply = in.readNBytes(length);
            return reply.length == 1 && reply[0] == AgentMessages.SUCCESS;
        }
    }
}
