package io.yaoshi.cli;

import io.yaoshi.instance.HandOver;
import io.yaoshi.instance.InstanceServer;
import io.yaoshi.instance.RemoteTerminal;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

/**
 * {@code agent serve} as the running instance: it has no window to show, and runs handed-over command lines on its
 * open vault, on the one thread that vault is confined to (the agent's requests run there too).
 */
final class HeadlessInstance implements InstanceServer.Handler {

    private final CliEnvironment env;
    private final ExecutorService vaultThread;

    HeadlessInstance(CliEnvironment env, ExecutorService vaultThread) {
        this.env = env;
        this.vaultThread = vaultThread;
    }

    @Override
    public Path vaultFile() {
        return env.vault().file();
    }

    @Override
    public boolean show() {
        return false;
    }

    @Override
    public int run(HandOver request, RemoteTerminal terminal) throws Exception {
        return vaultThread.submit(() -> new HandedOverCommands(env, PasswordConsent::new).run(request, terminal)).get();
    }
}
