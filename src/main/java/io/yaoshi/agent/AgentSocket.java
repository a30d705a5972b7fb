package io.yaoshi.agent;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;

/**
 * Where the agent listens and how the socket is made safe: inside a folder only its owner can enter (0700), the socket
 * itself 0600. A socket left behind by an agent that died is replaced; one that still answers is reported.
 */
public final class AgentSocket {

    /** Linux's {@code sun_path} holds 108 bytes, the last one a NUL. */
    private static final int MAX_PATH_BYTES = 107;

    private AgentSocket() {
    }

    /** {@code $XDG_RUNTIME_DIR/yaoshi/agent.sock} (a per-user tmpfs), else {@code <data dir>/agent/agent.sock}. */
    public static Path defaultPath(Map<String, String> environment, Path dataDir) {
        String runtime = environment.getOrDefault("XDG_RUNTIME_DIR", "");
        return runtime.isBlank() ? dataDir.resolve("agent").resolve("agent.sock")
                : Path.of(runtime).resolve("yaoshi").resolve("agent.sock");
    }

    /** A path as one shell word, for {@code SSH_AUTH_SOCK=…}: as it is when plain, else single-quoted. */
    public static String shellWord(String path) {
        return path.matches("[A-Za-z0-9_./+:@%-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }

    /** Binds a listening socket at {@code path}, owner-only. */
    public static ServerSocketChannel listen(Path path) throws AgentSocketException {
        Path socket = path.toAbsolutePath();
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
            throw new AgentSocketException(AgentSocketException.Problem.FAILED, socket, null); // before any folder
        }
        ownerOnlyFolder(socket.getParent(), socket);
        replaceIfStale(socket);
        try {
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                server.bind(UnixDomainSocketAddress.of(socket));
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
                return server;
            } catch (IOException | RuntimeException e) {
                server.close();
                throw e;
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new AgentSocketException(AgentSocketException.Problem.FAILED, socket, e);
        }
    }

    /** The user this process runs as: the only one whose connections are served. */
    public static UserPrincipal currentUser(Path onFileSystem) throws IOException {
        return onFileSystem.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    private static void ownerOnlyFolder(Path folder, Path socket) throws AgentSocketException {
        try {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory() || !attributes.owner().equals(currentUser(folder))) {
                throw new AgentSocketException(AgentSocketException.Problem.UNSAFE_FOLDER, socket, null);
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new AgentSocketException(AgentSocketException.Problem.UNSAFE_FOLDER, socket, e);
        }
    }

    private static void replaceIfStale(Path socket) throws AgentSocketException {
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (!Files.readAttributes(socket, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()) {
                throw new AgentSocketException(AgentSocketException.Problem.NOT_A_SOCKET, socket, null);
            }
        } catch (IOException e) {
            throw new AgentSocketException(AgentSocketException.Problem.FAILED, socket, e);
        }
        boolean answers;
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            answers = probe.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException refused) {
            answers = false;
        }
        if (answers) {
            throw new AgentSocketException(AgentSocketException.Problem.IN_USE, socket, null);
        }
        try {
            Files.delete(socket); // nobody answers: left behind by an agent that died
        } catch (IOException e) {
            throw new AgentSocketException(AgentSocketException.Problem.FAILED, socket, e);
        }
    }
}
