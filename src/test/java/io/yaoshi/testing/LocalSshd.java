package io.yaoshi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * OpenSSH's {@code sshd} started by a test on 127.0.0.1: its own configuration, host key and free port in the test's
 * folder, public keys only, the keys it accepts read from {@code authorizedKeys}; stopped by {@link #close}.
 */
public final class LocalSshd implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private LocalSshd(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static LocalSshd start(Path dir, Path authorizedKeys) throws Exception {
        Path hostKey = dir.resolve("host_ed25519");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey.toString())
                .redirectErrorStream(true).start();
        keygen.getInputStream().readAllBytes();
        assertTrue(keygen.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, keygen.exitValue(), "ssh-keygen");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path config = Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "Port " + port, "ListenAddress 127.0.0.1", "HostKey " + hostKey, "PidFile none",
                "AuthorizedKeysFile " + authorizedKeys, "StrictModes no", "UsePAM no", "PasswordAuthentication no",
                "KbdInteractiveAuthentication no", "PubkeyAuthentication yes", "AllowAgentForwarding yes",
                "LogLevel VERBOSE", "") + "\n");
        // as root, Debian's sshd needs its privilege separation folder, which only its service start creates
        if ("root".equals(System.getProperty("user.name"))) {
            Files.createDirectories(Path.of("/run/sshd"));
        }
        Path log = dir.resolve("sshd.log");
        Process sshd = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return new LocalSshd(sshd, port, log);
            } catch (IOException notYet) {
                assertTrue(sshd.isAlive(), Files.readString(log));
                assertTrue(System.nanoTime() < deadline, "sshd did not start");
                Thread.sleep(100);
            }
        }
    }

    public int port() {
        return port;
    }

    /** What sshd wrote so far (VERBOSE: each accepted key's fingerprint). */
    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
