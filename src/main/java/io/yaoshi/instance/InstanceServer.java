package io.yaoshi.instance;

import io.yaoshi.agent.AgentSocket;
import io.yaoshi.agent.AgentSocketException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import jdk.net.ExtendedSocketOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running instance's end of the hand-over: on an owner-only socket, served to this user only
 * ({@code SO_PEERCRED}), one thread per launch that hands over.
 */
public final class InstanceServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceServer.class);

    /** What the running instance does with a hand-over. */
    public interface Handler {

        /** The vault this instance holds: hand-overs for another one are declined. */
        Path vaultFile();

        /** Brings the window forward; false when this instance has none ({@code agent serve}). */
        boolean show();

        /** Runs a handed-over command line on this instance's vault; its exit code. */
        int run(HandOver request, RemoteTerminal terminal) throws Exception;
    }

    private final Path socket;
    private final ServerSocketChannel server;
    private final UserPrincipal owner;
    private final Handler handler;

    private InstanceServer(Path socket, ServerSocketChannel server, UserPrincipal owner, Handler handler) {
        this.socket = socket;
        this.server = server;
        this.owner = owner;
        this.handler = handler;
    }

    /**
     * Listens at {@code socket}.
     *
     * @throws AgentSocketException IN_USE when another instance already answers there
     */
    public static InstanceServer start(Path socket, Handler handler) throws AgentSocketException {
        ServerSocketChannel server = AgentSocket.listen(socket);
        try {
            InstanceServer instance = new InstanceServer(socket.toAbsolutePath(), server,
                    AgentSocket.currentUser(socket), handler);
            Thread acceptor = new Thread(instance::acceptLoop, "yaoshi-instance");
            acceptor.setDaemon(true);
            acceptor.start();
            return instance;
        } catch (IOException e) {
            try {
                server.close();
            } catch (IOException ignored) {
                // failing anyway
            }
            throw new AgentSocketException(AgentSocketException.Problem.FAILED, socket, e);
        }
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                Thread worker = new Thread(() -> serve(client), "yaoshi-hand-over");
                worker.setDaemon(true);
                worker.start();
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException e) {
                LOG.warn("A hand-over could not be accepted: {}", e.toString());
            }
        }
    }

    private void serve(SocketChannel client) {
        try (client) {
            if (!owner.equals(client.getOption(ExtendedSocketOptions.SO_PEERCRED).user())) {
                LOG.warn("A hand-over from another user was refused");
                return;
            }
            DataInputStream in = new DataInputStream(SocketStreams.input(client));
            DataOutputStream out = new DataOutputStream(SocketStreams.output(client));
            Frames.Frame hello = Frames.read(in);
            if (hello.type() != Frames.HELLO) {
                return;
            }
            HandOver request;
            try {
                request = HandOver.decode(hello.payload());
            } finally {
                Arrays.fill(hello.payload(), (byte) 0); // it may carry the caller's secret variables
            }
            if (!isThisVault(request.vaultFile())) {
                Frames.write(out, Frames.DECLINED, new byte[0]);
                return;
            }
            if (request.showsWindow()) {
                Frames.write(out, Frames.SHOWN, new byte[] {(byte) (handler.show() ? 1 : 0)});
                return;
            }
            LOG.info("Running a handed-over command: {}", request.command().isEmpty() ? "" : request.command().get(0));
            RemoteTerminal terminal = new RemoteTerminal(in, out, client, request.terminal());
            CompletableFuture<Integer> exit = new CompletableFuture<>();
            Thread command = new Thread(() -> {
                try {
                    exit.complete(handler.run(request, terminal));
                } catch (Exception | Error e) {
                    exit.completeExceptionally(e);
                }
            }, "yaoshi-hand-over-command");
            command.setDaemon(true);
            command.start();
            terminal.sendUntil(exit);
        } catch (Exception e) {
            LOG.info("A hand-over ended: {}", e.toString());
        }
    }

    private boolean isThisVault(String vaultFile) {
        try {
            Path mine = handler.vaultFile();
            Path theirs = Path.of(vaultFile);
            return Files.exists(theirs) ? Files.isSameFile(mine, theirs)
                    : mine.toAbsolutePath().normalize().equals(theirs.toAbsolutePath().normalize());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Stops listening and removes the socket. */
    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("The instance socket {} could not be removed: {}", socket, e.toString());
        }
    }
}
