package io.yaoshi.app;

import io.yaoshi.agent.AgentSocketException;
import io.yaoshi.agent.Unlock;
import io.yaoshi.cli.HandedOverCommands;
import io.yaoshi.cli.TerminalSafePrintStream;
import io.yaoshi.i18n.Messages;
import io.yaoshi.instance.HandOver;
import io.yaoshi.instance.InstanceServer;
import io.yaoshi.instance.RemoteTerminal;
import io.yaoshi.service.VaultSession;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app as the one running instance: a second launch brings its window forward; a command line from a
 * terminal runs on its vault (unlocked first in the window if it is locked, the terminal told so), on the vault's
 * own thread, and the list is read again after it.
 */
final class DesktopInstance implements InstanceServer.Handler {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopInstance.class);
    /** How long a command from a terminal waits for the user to unlock in the window. */
    static final Duration UNLOCK_WAIT = Duration.ofMinutes(2);
    private static final List<String> HELP = List.of("help", "--help", "-h", "--version", "-V");

    private final VaultSession vault;
    private final ExecutorService vaultThread;
    private final HandedOverCommands commands;
    private final Unlock unlock;
    private final Runnable afterCommand;
    private InstanceServer server;

    /**
     * @param unlock       brings the window forward with its unlock form and waits
     * @param afterCommand what the window does once a command ran (read the list again), on the JavaFX thread
     */
    DesktopInstance(VaultSession vault, ExecutorService vaultThread, HandedOverCommands commands, Unlock unlock,
                    Runnable afterCommand) {
        this.vault = vault;
        this.vaultThread = vaultThread;
        this.commands = commands;
        this.unlock = unlock;
        this.afterCommand = afterCommand;
    }

    /** Listens for later launches; one that cannot (another instance answers, say) is logged, not fatal. */
    void start(Path socket) {
        try {
            server = InstanceServer.start(socket, this);
        } catch (AgentSocketException e) {
            LOG.warn("Later launches cannot hand over to this one ({} at {})", e.problem(), e.path());
        }
    }

    void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public Path vaultFile() {
        return vault.file();
    }

    @Override
    public boolean show() {
        Platform.runLater(MainWindow::bringForward);
        return true;
    }

    @Override
    public int run(HandOver request, RemoteTerminal terminal) throws Exception {
        if (needsTheVault(request.command()) && !vaultThread.submit(vault::isUnlocked).get()) {
            TerminalSafePrintStream err = new TerminalSafePrintStream(terminal.err(),
                    Charset.isSupported(request.errCharset()) ? Charset.forName(request.errCharset())
                            : StandardCharsets.UTF_8);
            err.println(Messages.forLocale(Locale.forLanguageTag(request.locale())).get("cli.instance.unlockInWindow"));
            err.flush();
            unlock.await(UNLOCK_WAIT);
        }
        try {
            return vaultThread.submit(() -> commands.run(request, terminal)).get();
        } finally {
            Platform.runLater(afterCommand);
        }
    }

    /** Help and version need no vault: no unlock for them. */
    private static boolean needsTheVault(List<String> command) {
        return command.stream().noneMatch(HELP::contains);
    }
}
