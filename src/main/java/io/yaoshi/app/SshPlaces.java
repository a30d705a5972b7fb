package io.yaoshi.app;

import io.yaoshi.agent.AgentSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the desktop app meets OpenSSH: the socket its agent listens at, and the home whose {@code .ssh} folder holds
 * the user's known_hosts and ssh config (read) and {@code .ssh/yaoshi} (written by "Use with ssh"), and the agent
 * the session names in {@code SSH_AUTH_SOCK} (OpenSSH's, which keys can be loaded into). Tests use their own.
 */
public record SshPlaces(Path agentSocket, Path home, Optional<Path> sshAuthSock) {

    /** The user's own: the agent's default socket, and {@code user.home}. */
    public static SshPlaces ofUser(Map<String, String> environment, Path dataDir) {
        return new SshPlaces(AgentSocket.defaultPath(environment, dataDir), Path.of(System.getProperty("user.home")),
                Optional.ofNullable(environment.get("SSH_AUTH_SOCK")).filter(s -> !s.isEmpty()).map(Path::of));
    }
}
