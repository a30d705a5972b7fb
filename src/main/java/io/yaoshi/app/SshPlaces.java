package io.yaoshi.app;

import io.yaoshi.agent.AgentSocket;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the desktop app meets OpenSSH: the socket its agent listens at, and the home whose {@code .ssh} folder holds
 * the user's known_hosts and ssh config (read) and {@code .ssh/yaoshi} (written by "Use with ssh"). Tests put both in
 * a temporary folder.
 */
public record SshPlaces(Path agentSocket, Path home) {

    /** The user's own: the agent's default socket, and {@code user.home}. */
    public static SshPlaces ofUser(Map<String, String> environment, Path dataDir) {
        return new SshPlaces(AgentSocket.defaultPath(environment, dataDir),
                Path.of(System.getProperty("user.home")));
    }
}
