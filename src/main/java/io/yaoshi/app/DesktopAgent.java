package io.yaoshi.app;

import io.yaoshi.agent.AgentFrontEnd;
import io.yaoshi.agent.AgentServer;
import io.yaoshi.agent.AgentSocket;
import io.yaoshi.agent.AgentSocketException;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.AgentLoader;
import io.yaoshi.service.VaultAgentKeys;
import io.yaoshi.ui.main.AgentStatus;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's SSH agent: started with the window when the preference says so, its "until lock" grants forgotten
 * when the vault locks, stopped (its socket removed) when the app quits. Keys loaded into OpenSSH's agent are taken
 * back at the same two moments. It reads the vault on the vault's own thread.
 */
final class DesktopAgent {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopAgent.class);

    /** A vault read takes milliseconds; a worker stuck longer than this is not waited for by an SSH client. */
    private static final long VAULT_WAIT_SECONDS = 10;

    private final Path socket;
    private final Services services;
    private final ExecutorService vaultThread;
    private final AgentFrontEnd frontEnd;
    private final Messages text;
    private final AgentStatus status;
    private final AgentLoader loader;
    private AgentServer server;

    DesktopAgent(Path socket, Services services, ExecutorService vaultThread, AgentFrontEnd frontEnd, Messages text,
                 AgentStatus status, AgentLoader loader) {
        this.socket = socket;
        this.services = services;
        this.vaultThread = vaultThread;
        this.frontEnd = frontEnd;
        this.text = text;
        this.status = status;
        this.loader = loader;
    }

    /** Listens, or says in the status line why it cannot (another agent answers there, say). */
    void start() {
        VaultAgentKeys keys = new VaultAgentKeys(services.vault(), services.agentPolicies(), policy -> true,
                this::onVaultThread);
        try {
            server = AgentServer.start(socket, keys, frontEnd);
            status.show(text.get("main.agent.on"), text.format("main.status.agent", server.socket()),
                    "export SSH_AUTH_SOCK=" + AgentSocket.shellWord(server.socket().toString()));
        } catch (AgentSocketException e) {
            status.show(text.get("main.agent.off"), text.format("main.status.agent." + e.problem().name(), e.path()),
                    "");
        }
    }

    private <T> T onVaultThread(Callable<T> read) throws Exception {
        return vaultThread.submit(read).get(VAULT_WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Forgets the "until lock" answers and takes back the keys loaded into OpenSSH's agent. */
    void vaultLocked() {
        if (server != null) {
            server.grants().forgetAll();
        }
        vaultThread.submit(loader::unloadAll);
    }

    boolean running() {
        return server != null;
    }

    /** At exit: the loaded keys taken back (an agent that does not answer is not waited for long), the socket gone. */
    void stop() {
        try {
            onVaultThread(() -> loader.unloadAll());
        } catch (Exception e) {
            LOG.warn("Keys loaded into another agent could not all be taken back: {}", e.toString());
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
