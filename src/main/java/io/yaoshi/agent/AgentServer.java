package io.yaoshi.agent;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent on its Unix domain socket: one thread accepts, each connection has its own thread, so a request waiting
 * for a prompt never holds up another. Only connections from this user are served ({@code SO_PEERCRED}). Closing
 * stops it and removes the socket.
 */
public final class AgentServer implements AutoCloseable {

    /** How long a prompt waits for an answer before it counts as a denial. */
    public static final Duration APPROVAL_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(AgentServer.class);

    private final Path socket;
    private final ServerSocketChannel server;
    private final UserPrincipal owner;
    private final AgentKeys keys;
    private final AgentFrontEnd frontEnd;
    private final UntilLockGrants grants = new UntilLockGrants();
    private final Set<SocketChannel> clients = ConcurrentHashMap.newKeySet();
    /**
     * One thread per open connection, kept a minute after its connection ends: a burst of connections (a script's
     * ssh in a loop, an Ansible run) is served by threads already running instead of each waiting for a new one.
     */
    private final ExecutorService workers = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable serve) {
            Thread worker = new Thread(serve, "yaoshi-agent-" + count.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        }
    });

    private AgentServer(Path socket, ServerSocketChannel server, UserPrincipal owner, AgentKeys keys,
                        AgentFrontEnd frontEnd) {
        this.socket = socket;
        this.server = server;
        this.owner = owner;
        this.keys = keys;
        this.frontEnd = frontEnd;
    }

    /** Listens at {@code socket} and serves on daemon threads until {@link #close()}. */
    public static AgentServer start(Path socket, AgentKeys keys, AgentFrontEnd frontEnd)
            throws AgentSocketException {
        ServerSocketChannel server = AgentSocket.listen(socket);
        try {
            AgentServer agent = new AgentServer(socket.toAbsolutePath(), server, AgentSocket.currentUser(socket),
                    keys, frontEnd);
            Thread acceptor = new Thread(agent::acceptLoop, "yaoshi-agent");
            acceptor.setDaemon(true);
            acceptor.start();
            LOG.info("SSH agent listening at {}", agent.socket);
            return agent;
        } catch (IOException e) {
            closeQuietly(server);
            throw new AgentSocketException(AgentSocketException.Problem.FAILED, socket, e);
        }
    }

    public Path socket() {
        return socket;
    }

    /** The keys allowed until lock; the vault locking forgets them. */
    public UntilLockGrants grants() {
        return grants;
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                try {
                    workers.execute(() -> serve(client));
                } catch (RejectedExecutionException stopping) {
                    closeQuietly(client); // accepted just as the agent stopped
                    return;
                }
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException e) {
                LOG.warn("The agent could not accept a connection: {}", e.toString());
            }
        }
    }

    private void serve(SocketChannel client) {
        clients.add(client);
        try (client) {
            UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
            if (!owner.equals(peer.user())) {
                LOG.warn("The agent refused a connection from user {}", peer.user().getName());
                return;
            }
            AgentConnection connection = new AgentConnection(keys, frontEnd, grants, APPROVAL_TIMEOUT);
            DataInputStream in = new DataInputStream(Channels.newInputStream(client));
            OutputStream out = Channels.newOutputStream(client);
            while (true) {
                byte[] request = readMessage(in);
                if (request == null) {
                    return;
                }
                byte[] reply = connection.answer(request);
                out.write(ByteBuffer.allocate(4 + reply.length).putInt(reply.length).put(reply).array());
                out.flush();
            }
        } catch (MalformedRequest e) {
            LOG.info("The agent closed a connection: {}", e.getMessage());
        } catch (IOException e) {
            LOG.debug("An agent connection ended: {}", e.toString());
        } finally {
            clients.remove(client);
        }
    }

    /** One message, or null when the client is gone or sent one too long or cut short (the connection closes). */
    private static byte[] readMessage(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException gone) {
            return null;
        }
        if (length <= 0 || length > AgentMessages.MAX_MESSAGE) {
            LOG.info("The agent closed a connection that sent a message of {} bytes", Integer.toUnsignedString(length));
            return null;
        }
        byte[] message = in.readNBytes(length);
        return message.length == length ? message : null;
    }

    /** Stops listening, ends every connection and removes the socket. */
    @Override
    public void close() {
        closeQuietly(server);
        clients.forEach(AgentServer::closeQuietly);
        workers.shutdown();
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("The agent's socket {} could not be removed: {}", socket, e.toString());
        }
        LOG.info("SSH agent stopped");
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing: nothing left to do with it
        }
    }
}
